package dev.mltest.generate;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Translates the strftime patterns of the {@code format: datePattern} expectation into a Java
 * formatter, for the directives generation supports.
 */
final class Strftime {
  private static final Map<Character, String> DIRECTIVES =
      Map.ofEntries(
          Map.entry('Y', "uuuu"),
          Map.entry('y', "uu"),
          Map.entry('m', "MM"),
          Map.entry('d', "dd"),
          Map.entry('H', "HH"),
          Map.entry('M', "mm"),
          Map.entry('S', "ss"),
          Map.entry('b', "MMM"),
          Map.entry('B', "MMMM"),
          Map.entry('j', "DDD"));

  private Strftime() {}

  /**
   * The formatter for a pattern such as {@code %d/%m/%Y}.
   *
   * @throws ContractException naming the first directive generation does not support
   */
  static DateTimeFormatter formatter(String pattern, String expectation) {
    StringBuilder java = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c != '%') {
        java.append(Character.isLetter(c) || c == '\'' ? "'" + (c == '\'' ? "''" : c) + "'" : c);
        continue;
      }
      if (i + 1 >= pattern.length()) {
        throw unsupported(pattern, "%", expectation);
      }
      char d = pattern.charAt(++i);
      if (d == '%') {
        java.append('%');
      } else if (DIRECTIVES.containsKey(d)) {
        java.append(DIRECTIVES.get(d));
      } else {
        throw unsupported(pattern, "%" + d, expectation);
      }
    }
    return DateTimeFormatter.ofPattern(java.toString(), Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  private static ContractException unsupported(
      String pattern, String directive, String expectation) {
    return new ContractException(
        "%s: cannot generate dates of pattern '%s': directive %s is not supported (supported: %s)"
            .formatted(
                expectation,
                pattern,
                directive,
                String.join(" ", DIRECTIVES.keySet().stream().sorted().map(k -> "%" + k).toList())),
        List.of(expectation));
  }
}
