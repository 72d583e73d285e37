package dev.mltest.data;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.mltest.text.Quoting;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How a data value is shown wherever MLTest reports it (failure messages, the PR-comment summary,
 * Allure, CSV attachments, JSON results): strings in single quotes with whatever a reader could not
 * see escaped, so {@code 'Retail '} shows its trailing space, {@code 'a\tb'} its tab and {@code
 * 'x\u200b'} its zero-width space. Numbers and booleans are shown bare, a SQL null as {@code null}
 * (never confused with the string {@code 'null'}). Long strings are cut, saying how long they were.
 *
 * <pre>{@code
 * ValueText.quote("Retail ");        // 'Retail '
 * ValueText.quote("it's\n");         // 'it\'s\n'
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class ValueText {
  /** The most characters of a string shown before it is cut. */
  public static final int MAX_SHOWN = Quoting.MAX_SHOWN;

  private ValueText() {}

  /** A string value, quoted and escaped, cut after {@link #MAX_SHOWN} characters. */
  public static String quote(String value) {
    return quote(value, MAX_SHOWN);
  }

  /** A string value, quoted and escaped, cut after {@code max} characters. */
  public static String quote(String value, int max) {
    return Quoting.quote(value, max);
  }

  /**
   * A value of any type: strings quoted, numbers and booleans bare, null as {@code null}.
   *
   * @param value a value as read from a table
   */
  public static String of(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String s) {
      return quote(s);
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    return plainOrQuoted(value.toString());
  }

  /**
   * A value read as text from a column of the given type: numbers, booleans and dates bare (when
   * they print plainly), everything else quoted.
   */
  public static String shown(@Nullable String text, ColumnType type) {
    if (text == null) {
      return "null";
    }
    return type == ColumnType.STRING || type == ColumnType.OTHER
        ? quote(text)
        : plainOrQuoted(text);
  }

  /**
   * The text with every {@code <} that could open an HTML tag, end tag, comment or processing
   * instruction (a {@code <} followed by an ASCII letter, {@code /}, {@code !} or {@code ?})
   * written as <code>&#92;u003c</code>, the escape {@link #quote} uses for characters a reader
   * cannot see. Whatever renders the text (a console, an IDE, an Allure report generator that shows
   * messages as HTML), {@code <img src=x onerror=...>} stays text; {@code <= 50K}, {@code a < b}
   * and {@code <5>} keep their {@code <}. Used for messages that leave MLTest's own reports, whose
   * writers escape for their format: the failures of the AssertJ entry points and bounded database
   * errors.
   *
   * <pre>{@code
   * ValueText.withoutMarkup("'<img src=x>'");   // the first < becomes a backslash and u003c
   * ValueText.withoutMarkup("'<=50K'");        // unchanged
   * }</pre>
   */
  public static String withoutMarkup(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '<' && i + 1 < text.length() && opensMarkup(text.charAt(i + 1))) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append("\\u003c");
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean opensMarkup(char next) {
    return (next >= 'a' && next <= 'z')
        || (next >= 'A' && next <= 'Z')
        || next == '/'
        || next == '!'
        || next == '?';
  }

  private static String plainOrQuoted(String text) {
    if (text.isEmpty() || text.length() > MAX_SHOWN) {
      return quote(text);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Quoting.visible(c) || c == '\'' || c == '\\') {
        return quote(text);
      }
    }
    return text;
  }
}
