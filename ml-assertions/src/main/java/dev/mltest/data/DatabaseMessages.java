package dev.mltest.data;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Bounds a raw database error before it reaches a message, a report or a PR comment: its first
 * meaningful line only, without control characters or markup ({@link ValueText#withoutMarkup}), at
 * most {@value #MAX_CHARS} characters. A database error can quote the data it failed on, so it is
 * never copied whole.
 */
@API(status = INTERNAL, since = "0.1")
public final class DatabaseMessages {
  /** The longest database error text kept. */
  public static final int MAX_CHARS = 300;

  private DatabaseMessages() {}

  /** The line of a DuckDB error message that says what went wrong, bounded. */
  public static String concise(@Nullable String message) {
    String text = String.valueOf(message);
    for (String line : text.split("\\R")) {
      String t = line.strip();
      if (t.isEmpty() || t.contains("unsuccessful or closed pending query result")) {
        continue;
      }
      return bound(t.startsWith("Error: ") ? t.substring("Error: ".length()) : t);
    }
    return bound(text.strip());
  }

  /** The text without control characters or markup, cut at {@value #MAX_CHARS} characters. */
  public static String bound(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS + 1));
    for (int i = 0; i < text.length() && out.length() < MAX_CHARS; i++) {
      char c = text.charAt(i);
      out.append(Character.isISOControl(c) ? ' ' : c);
    }
    String bounded = out.length() < text.length() ? out + "…" : out.toString();
    return ValueText.withoutMarkup(bounded);
  }
}
