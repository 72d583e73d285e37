package dev.mltest.profile;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Value shapes: a string reduced to {@code 9} for each digit and {@code a} for each ASCII letter,
 * as the backend computes them for {@link dev.mltest.data.Measure.TopValues}. A shape becomes an
 * anchored RE2 pattern matching exactly the values of that shape.
 */
@API(status = INTERNAL, since = "0.1")
public final class Shapes {
  private Shapes() {}

  /**
   * The anchored pattern of a shape: runs of {@code 9} become {@code [0-9]{n}}, runs of {@code a}
   * {@code [A-Za-z]{n}}, everything else matches itself.
   *
   * <pre>{@code
   * Shapes.regex("a99999") // ^[A-Za-z][0-9]{5}$
   * }</pre>
   */
  public static String regex(String shape) {
    StringBuilder regex = new StringBuilder("^");
    int i = 0;
    while (i < shape.length()) {
      int c = shape.codePointAt(i);
      int run = 0;
      int j = i;
      while (j < shape.length() && shape.codePointAt(j) == c) {
        run++;
        j += Character.charCount(c);
      }
      String unit = c == '9' ? "[0-9]" : c == 'a' ? "[A-Za-z]" : quote(c);
      regex.append(unit);
      if (run > 1) {
        regex.append('{').append(run).append('}');
      }
      i = j;
    }
    return regex.append('$').toString();
  }

  private static String quote(int c) {
    String s = new String(Character.toChars(c));
    if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
      return "\\" + s;
    }
    if (Character.isWhitespace(c) || Character.isISOControl(c)) {
      return "\\x{" + Integer.toHexString(c) + "}";
    }
    return s;
  }
}
