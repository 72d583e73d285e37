package dev.mltest.text;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Quotes a string so a reader sees every character: single quotes, whatever could not be seen
 * escaped ({@code 'Retail '}, {@code 'a\tb'}, {@code 'x\u200b'}), cut after a length saying how
 * long it was. Below {@code data.ValueText}, which adds how values of each type are shown.
 */
@API(status = INTERNAL, since = "0.2")
public final class Quoting {
  /** The most characters of a string shown before it is cut. */
  public static final int MAX_SHOWN = 120;

  private Quoting() {}

  /** A string value, quoted and escaped, cut after {@code max} characters. */
  public static String quote(String value, int max) {
    int end = value.length() <= max ? value.length() : max;
    if (end < value.length() && Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    StringBuilder out = new StringBuilder(end + 8).append('\'');
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      if (Character.isSurrogate(c)) {
        boolean paired =
            Character.isHighSurrogate(c)
                ? i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
        if (paired) {
          out.append(c);
        } else {
          unicode(out, c);
        }
        continue;
      }
      switch (c) {
        case '\'' -> out.append("\\'");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (visible(c)) {
            out.append(c);
          } else {
            unicode(out, c);
          }
        }
      }
    }
    out.append('\'');
    if (end < value.length()) {
      out.append("… (%,d chars)".formatted(value.length()));
    }
    return out.toString();
  }

  /** Whether a reader sees the character as itself: not a control, format or odd space. */
  public static boolean visible(char c) {
    if (c == ' ') {
      return true;
    }
    int type = Character.getType(c);
    return !(Character.isISOControl(c)
        || type == Character.FORMAT
        || type == Character.SPACE_SEPARATOR
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE);
  }

  private static void unicode(StringBuilder out, char c) {
    out.append("\\u").append("%04x".formatted((int) c));
  }
}
