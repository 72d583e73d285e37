package dev.mltest.suite;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A place in a suite file.
 *
 * @param line 1-based line
 * @param column 1-based column
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SourcePosition(int line, int column) {
  /** The start of the file. */
  public static final SourcePosition START = new SourcePosition(1, 1);

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
