package dev.mltest.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 CSV, the one CSV writer of MLTest's reports and attachments (including the
 * counterexample files of property tests, through {@link dev.mltest.generate.TableCsv}): a cell is
 * quoted when it holds a comma, a quote, a line break or edge spaces, and a cell that a spreadsheet
 * would run as a formula is neutralised (see {@link #cell}).
 */
@API(status = INTERNAL, since = "0.1")
public final class Csv {
  private Csv() {}

  /** The table as CSV text, header first, one {@code \n}-terminated line per row. */
  static String of(List<String> header, List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    out.append(line(header)).append('\n');
    rows.forEach(row -> out.append(line(row)).append('\n'));
    return out.toString();
  }

  /** One line of text cells (each through {@link #cell}), without its line break. */
  public static String line(List<String> cells) {
    return String.join(",", cells.stream().map(Csv::cell).toList());
  }

  /** One line of typed values (each through {@link #value}), without its line break. */
  public static String valueLine(List<? extends @Nullable Object> values) {
    List<String> fields = new ArrayList<>(values.size());
    for (Object v : values) {
      fields.add(value(v));
    }
    return String.join(",", fields);
  }

  /**
   * One typed value, for tables whose cells are data rather than text: {@code null} is an empty
   * field and the empty string a quoted one ({@code ""}), so the two read back apart; a number is
   * Java's own text of it ({@code -Infinity}, {@code -0.0}, {@code 1.0E-5}), data of the table and
   * never a formula; anything else is a {@link #cell}.
   */
  public static String value(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof String s) {
      return s.isEmpty() ? "\"\"" : cell(s);
    }
    if (value instanceof Number) {
      return value.toString();
    }
    return cell(value.toString());
  }

  /**
   * One cell. A cell a spreadsheet would run as a formula (it starts with {@code = + - @}, a tab or
   * a carriage return) gets a leading {@code '}, OWASP's rule, so that {@code =HYPERLINK(…)} in the
   * data stays text when a reviewer opens the attachment; numbers such as {@code -10}, {@code
   * +1.5e3} or {@code -3.8%} are left alone so they stay numbers.
   */
  public static String cell(String value) {
    String text = formula(value) ? "'" + value : value;
    boolean quote =
        text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0
            || !text.equals(text.strip());
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  /** Whether a spreadsheet would run the cell as a formula; see {@link #cell}. */
  public static boolean formula(String value) {
    if (value.isEmpty()) {
      return false;
    }
    return switch (value.charAt(0)) {
      case '=', '@', '\t', '\r' -> true;
      case '+', '-' -> !isNumber(value, 1);
      default -> false;
    };
  }

  /**
   * Whether the text from {@code from} on is a plain decimal number: {@code 12}, {@code 1.5e-3}.
   */
  private static boolean isNumber(String s, int from) {
    int i = from;
    int digits = 0;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
      digits++;
    }
    if (i < s.length() && s.charAt(i) == '.') {
      i++;
      while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int exponent = i;
      while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      if (i == exponent) {
        return false;
      }
    }
    // A percentage is a number to a spreadsheet too.
    return i == s.length() || (i == s.length() - 1 && s.charAt(i) == '%');
  }
}
