package dev.mltest.data;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Finds where a text stops being UTF-8, so that a Latin-1 CSV or suite file is reported as "not
 * UTF-8 at line 3, column 12" with the encoding to choose, rather than as a decoder's {@code Input
 * length = 1} or a database line quoting the file.
 */
@API(status = INTERNAL, since = "0.1")
public final class TextEncoding {
  /** The CSV {@code encoding} option's accepted values (what DuckDB reads without extensions). */
  public static final java.util.List<String> CSV_ENCODINGS =
      java.util.List.of("utf-8", "utf-16", "latin-1");

  private static final long MAX_SCANNED_BYTES = 1L << 30;

  private TextEncoding() {}

  /**
   * The first byte that is not valid UTF-8.
   *
   * @param line 1-based line
   * @param column 1-based byte column in that line
   * @param value the byte, 0-255
   */
  public record Malformed(long line, long column, int value) {
    /** {@code byte 0xE9 at line 2, column 4} */
    @Override
    public String toString() {
      return "byte 0x%02X at line %d, column %d".formatted(value, line, column);
    }
  }

  /** The first invalid UTF-8 byte of the bytes, if any. */
  public static Optional<Malformed> firstMalformed(byte[] bytes) {
    try {
      return firstMalformed(new java.io.ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The first invalid UTF-8 byte of the file (its first GiB), if any. */
  public static Optional<Malformed> firstMalformed(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      return firstMalformed(in);
    }
  }

  /**
   * Decodes UTF-8 text strictly.
   *
   * @throws IllegalArgumentException naming the first invalid byte and its position
   */
  public static String decodeUtf8(byte[] bytes, String what) {
    Optional<Malformed> bad = firstMalformed(bytes);
    if (bad.isPresent()) {
      throw new IllegalArgumentException(
          "%s is not UTF-8 text: %s is not valid UTF-8; save the file as UTF-8"
              .formatted(what, bad.get()));
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static Optional<Malformed> firstMalformed(InputStream in) throws IOException {
    long line = 1;
    long column = 0;
    int pending = 0;
    int lead = 0;
    long read = 0;
    long leadColumn = 0;
    int leadByte = 0;
    int b;
    while ((b = in.read()) >= 0 && read++ < MAX_SCANNED_BYTES) {
      column++;
      if (pending > 0) {
        boolean secondOk = lead == 0 || ((b & 0xFF) >= (lead >> 8) && (b & 0xFF) <= (lead & 0xFF));
        if ((b & 0xC0) != 0x80 || !secondOk) {
          // Point at the character that is broken, not at the byte after it.
          return Optional.of(new Malformed(line, leadColumn, leadByte));
        }
        lead = 0;
        pending--;
        continue;
      }
      if (b < 0x80) {
        if (b == '\n') {
          line++;
          column = 0;
        }
      } else if (b >= 0xC2 && b <= 0xDF) {
        pending = 1;
        leadColumn = column;
        leadByte = b;
      } else if (b >= 0xE0 && b <= 0xEF) {
        pending = 2;
        leadColumn = column;
        leadByte = b;
        // Second-byte ranges that rule out overlong forms and surrogates.
        lead = b == 0xE0 ? (0xA0 << 8 | 0xBF) : b == 0xED ? (0x80 << 8 | 0x9F) : 0;
      } else if (b >= 0xF0 && b <= 0xF4) {
        pending = 3;
        leadColumn = column;
        leadByte = b;
        lead = b == 0xF0 ? (0x90 << 8 | 0xBF) : b == 0xF4 ? (0x80 << 8 | 0x8F) : 0;
      } else {
        return Optional.of(new Malformed(line, column, b));
      }
    }
    return pending > 0 ? Optional.of(new Malformed(line, leadColumn, leadByte)) : Optional.empty();
  }

  /** The message for a CSV dataset that is not UTF-8, with the option that reads it. */
  static String notUtf8(FileDataset file) {
    String where;
    try {
      where = firstMalformed(file.path()).map(m -> ": " + m + " is not valid UTF-8").orElse("");
    } catch (IOException e) {
      where = "";
    }
    return ("%s file %s is not UTF-8 text%s. If it is Latin-1 (ISO-8859-1, Windows-1252), add"
            + " `options: {encoding: latin-1}` to its dataset (`utf-16` is accepted too), or save"
            + " it as UTF-8")
        .formatted(file.format().key(), file.path().getFileName(), where);
  }
}
