package dev.mltest.regression;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A baseline file is missing, unreadable or wrong. The message names the file, and the line and
 * column when the problem is at a place in it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BaselineFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;

  /** A problem with the file as a whole. */
  public BaselineFileException(String file, String problem) {
    this(file, 0, 0, problem, null);
  }

  /** A problem at a line and column (1-based) of the file. */
  public BaselineFileException(String file, int line, int column, String problem) {
    this(file, line, column, problem, null);
  }

  BaselineFileException(
      String file, int line, int column, String problem, @Nullable Throwable cause) {
    super(
        (line > 0 ? "%s:%d:%d: %s".formatted(file, line, column, problem) : file + ": " + problem),
        cause);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /** The baseline file. */
  public String file() {
    return file;
  }

  /** The 1-based line of the problem, or 0 if it concerns the whole file. */
  public int line() {
    return line;
  }

  /** The 1-based column of the problem, or 0. */
  public int column() {
    return column;
  }
}
