package dev.mltest.generate;

import java.util.Map;

/**
 * Rewrites an RE2 pattern into the Java-like syntax RgxGen parses, for generation only (matching is
 * always RE2's). Only what changes the generated strings' shape is translated: Python named groups
 * {@code (?P<name>…)}, inline flags (dropped: a case-sensitive string of {@code (?i)abc} still
 * matches), POSIX classes such as {@code [[:alpha:]]}, and {@code \A} / {@code \z}. A rewrite that
 * generates non-matching strings is harmless: every candidate is checked with RE2.
 */
final class RgxGenDialect {
  private static final Map<String, String> POSIX =
      Map.ofEntries(
          Map.entry("alpha", "a-zA-Z"),
          Map.entry("digit", "0-9"),
          Map.entry("alnum", "a-zA-Z0-9"),
          Map.entry("upper", "A-Z"),
          Map.entry("lower", "a-z"),
          Map.entry("space", " \\t"),
          Map.entry("blank", " \\t"),
          Map.entry("xdigit", "0-9a-fA-F"),
          Map.entry("word", "a-zA-Z0-9_"),
          Map.entry("punct", "!-/:-@\\[-`{-~"),
          Map.entry("print", " -~"),
          Map.entry("graph", "!-~"),
          Map.entry("ascii", " -~"),
          Map.entry("cntrl", "\\x01-\\x1f"));

  private RgxGenDialect() {}

  static String of(String re2) {
    StringBuilder out = new StringBuilder(re2.length());
    boolean inClass = false;
    int i = 0;
    while (i < re2.length()) {
      char c = re2.charAt(i);
      if (c == '\\' && i + 1 < re2.length()) {
        char next = re2.charAt(i + 1);
        out.append(next == 'A' ? "^" : next == 'z' ? "$" : "\\" + next);
        i += 2;
      } else if (inClass && re2.startsWith("[:", i) && re2.indexOf(":]", i + 2) > 0) {
        int end = re2.indexOf(":]", i + 2);
        String name = re2.substring(i + 2, end);
        out.append(POSIX.getOrDefault(name.startsWith("^") ? "" : name, "a-z"));
        i = end + 2;
      } else if (c == '[' && !inClass) {
        inClass = true;
        out.append(c);
        i++;
        // A ']' right after '[' or '[^' is a literal member, not the end of the class.
        if (i < re2.length() && re2.charAt(i) == '^') {
          out.append('^');
          i++;
        }
        if (i < re2.length() && re2.charAt(i) == ']') {
          out.append("\\]");
          i++;
        }
      } else if (c == ']' && inClass) {
        inClass = false;
        out.append(c);
        i++;
      } else if (!inClass && re2.startsWith("(?P<", i)) {
        out.append("(?<");
        i += 4;
      } else if (!inClass && re2.startsWith("(?", i) && flagGroupEnd(re2, i + 2) > 0) {
        int end = flagGroupEnd(re2, i + 2);
        // (?i) disappears; (?i:…) becomes the plain group (?:…).
        out.append(re2.charAt(end) == ':' ? "(?:" : "");
        i = end + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The index of the ')' or ':' closing inline flags such as {@code imsU-i}, or -1. */
  private static int flagGroupEnd(String s, int from) {
    int i = from;
    while (i < s.length() && "imsU-".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    if (i == from || i >= s.length()) {
      return -1;
    }
    return s.charAt(i) == ')' || s.charAt(i) == ':' ? i : -1;
  }
}
