package dev.mltest.spark;

import dev.mltest.data.CsvDialect;
import dev.mltest.data.DataAccessException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Whether a CSV file has a line break inside a quoted value. Spark's CSV reader splits a file at
 * line breaks unless told {@code multiLine}, and then reads such a value as two rows where DuckDB
 * reads one (a count that differs, without an error); {@code multiLine} reads it right but parses a
 * file in one task, so MLTest asks for it only when the file needs it. One pass over the bytes,
 * stopped at the first such break: 0.02 to 0.04 s for an 80 MB file in the page cache.
 */
final class QuotedLineBreaks {
  private static final int BUFFER = 1 << 20;

  private QuotedLineBreaks() {}

  /**
   * Whether a quoted value of the file spans lines. A file whose quote or escape is not one ASCII
   * character, or whose encoding is not one byte per ASCII character, is taken to have one (the
   * reading is then right, only slower).
   */
  static boolean in(Path file, CsvDialect dialect, String encoding) {
    String quote = dialect.quote();
    String escape = dialect.escape();
    if (quote.isEmpty()) {
      return false; // nothing is quoted, so every line break ends a row
    }
    if (!ascii(quote) || !escape.isEmpty() && !ascii(escape) || encoding.equals("UTF-16")) {
      return true;
    }
    int q = quote.charAt(0);
    // An escape equal to the quote doubles it: toggling on each quote keeps the state right.
    int e = escape.isEmpty() || escape.equals(quote) ? -1 : escape.charAt(0);
    boolean[] state = new boolean[2]; // quoted, escaped
    return scan(
        file,
        b -> {
          if (state[1]) {
            state[1] = false;
          } else if (b == q) {
            state[0] = !state[0];
          } else if (state[0] && b == e) {
            state[1] = true;
          } else if (state[0] && (b == '\n' || b == '\r')) {
            return true;
          }
          return false;
        });
  }

  /**
   * The file's first line break outside quotes when it is {@code \r\n} or {@code \r}; null for
   * {@code \n}, for none, and when the bytes cannot be read as ASCII (the quote or escape is not
   * one ASCII character, or the encoding is UTF-16).
   */
  static @Nullable String lineEnd(Path file, CsvDialect dialect, String encoding) {
    String quote = dialect.quote();
    String escape = dialect.escape();
    if (!quote.isEmpty() && !ascii(quote)
        || !escape.isEmpty() && !ascii(escape)
        || encoding.equals("UTF-16")) {
      return null;
    }
    int q = quote.isEmpty() ? -1 : quote.charAt(0);
    int e = escape.isEmpty() || escape.equals(quote) ? -1 : escape.charAt(0);
    String comment = dialect.comment();
    int c = ascii(comment) ? comment.charAt(0) : -1;
    LineEnd state = new LineEnd();
    scan(file, b -> state.step(b, q, e, c));
    return state.found != null ? state.found : state.cr ? "\r" : null;
  }

  /** The line-end scan's state: the first line break outside quotes, once found. */
  private static final class LineEnd {
    boolean quoted;
    boolean escaped;
    boolean cr;
    boolean lineStart = true;
    boolean commented; // a quote in a comment line quotes nothing
    @Nullable String found;

    /** Takes one byte; true once the line end is known (null found: LF). */
    boolean step(int b, int q, int e, int c) {
      if (cr) {
        found = b == '\n' ? "\r\n" : "\r";
        return true;
      }
      if (lineStart && !quoted && b == c) {
        commented = true;
      }
      lineStart = false;
      if (commented) {
        if (b == '\n') {
          return true;
        }
        cr = b == '\r';
      } else if (escaped) {
        escaped = false;
      } else if (b == q) {
        quoted = !quoted;
      } else if (quoted && b == e) {
        escaped = true;
      } else if (!quoted && b == '\n') {
        return true;
      } else if (!quoted && b == '\r') {
        cr = true;
      }
      return false;
    }
  }

  /**
   * Gives the file's bytes, unsigned (0xFF, a Latin-1 {@code ÿ}, must not read as -1, "none"), to
   * {@code step} until it returns true; whether it did.
   */
  private static boolean scan(Path file, IntPredicate step) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
      while (channel.read(buffer) > 0) {
        buffer.flip();
        int end = buffer.limit();
        byte[] bytes = buffer.array();
        for (int i = 0; i < end; i++) {
          if (step.test(bytes[i] & 0xFF)) {
            return true;
          }
        }
        buffer.clear();
      }
      return false;
    } catch (IOException ex) {
      throw new DataAccessException(
          "cannot read csv file %s: %s".formatted(file, ex.getMessage()), ex);
    }
  }

  private static boolean ascii(String s) {
    return s.length() == 1 && s.charAt(0) < 0x80;
  }
}
