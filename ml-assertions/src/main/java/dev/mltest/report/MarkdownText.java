package dev.mltest.report;

import java.util.List;

/**
 * GitHub-flavoured markdown pieces. Data never becomes markup: HTML is escaped (GitHub renders
 * inline HTML), and so are the characters that start emphasis, links, code or a table cell; a
 * {@code @mention} or {@code #123} in data neither notifies anyone nor links an issue.
 */
final class MarkdownText {
  /** U+200D ZERO WIDTH JOINER: invisible, and not part of a user, team or issue reference. */
  static final String ZWJ = "\u200d";

  private MarkdownText() {}

  private static boolean mentionable(String text, int at) {
    return at < text.length()
        && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '-');
  }

  private static boolean digitAt(String text, int at) {
    return at < text.length() && Character.isDigit(text.charAt(at));
  }

  /** Text safe inside a paragraph or a table cell, on one line. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '|' -> out.append("\\|");
        case '\\', '`', '*', '_', '[', ']', '~' -> out.append('\\').append(c);
        // A zero-width joiner keeps @team and #123 from notifying people or linking issues.
        case '@' -> out.append(c).append(mentionable(text, i + 1) ? ZWJ : "");
        case '#' -> out.append("\\#").append(digitAt(text, i + 1) ? ZWJ : "");
        case '\n', '\r', '\t' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The text cut to at most {@code max} characters, with an ellipsis when cut. */
  static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  /** The header and delimiter lines of a table; {@code right} marks right-aligned columns. */
  static String tableHead(List<String> header, List<Boolean> right) {
    StringBuilder out = new StringBuilder("|");
    header.forEach(h -> out.append(' ').append(escape(h)).append(" |"));
    out.append("\n|");
    right.forEach(r -> out.append(r ? "---:|" : "---|"));
    return out.append('\n').toString();
  }

  /** One table row of already escaped cells. */
  static String row(List<String> escapedCells) {
    StringBuilder out = new StringBuilder("|");
    escapedCells.forEach(c -> out.append(' ').append(c).append(" |"));
    return out.append('\n').toString();
  }
}
