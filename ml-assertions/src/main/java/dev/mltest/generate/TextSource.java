package dev.mltest.generate;

import com.github.curiousoddman.rgxgen.RgxGen;
import com.github.curiousoddman.rgxgen.config.RgxGenOption;
import com.github.curiousoddman.rgxgen.config.RgxGenProperties;
import com.github.curiousoddman.rgxgen.iterators.StringIterator;
import com.google.re2j.Pattern;
import dev.mltest.data.ValueFormat;
import dev.mltest.expect.RegexSyntax;
import dev.mltest.json.Json;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Where the strings of a column come from: free text, a regular expression or a format. */
sealed interface TextSource {

  String draw(Source source);

  boolean accepts(String value);

  String simplest();

  List<String> specials();

  /** The number of distinct strings, saturating at {@link Long#MAX_VALUE}. */
  long size();

  /** Strings of bounded length over a mixed alphabet, with some non-ASCII letters. */
  final class FreeText implements TextSource {
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final String OTHER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String PUNCTUATION = " -_.,'/";
    private static final String NON_ASCII = "éüßñøçЖж日本語Ωπ";

    private final int minLength;
    private final int maxLength;

    FreeText(int minLength, int maxLength) {
      this.minLength = minLength;
      this.maxLength = maxLength;
    }

    int minLength() {
      return minLength;
    }

    int maxLength() {
      return maxLength;
    }

    @Override
    public String draw(Source source) {
      int spread = source.chance(0.1) ? 64 : source.chance(0.4) ? 3 : 12;
      int length = source.between(minLength, (int) Math.min(maxLength, (long) minLength + spread));
      StringBuilder s = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        double r = source.unit();
        String alphabet = r < 0.75 ? LOWER : r < 0.88 ? OTHER : r < 0.95 ? PUNCTUATION : NON_ASCII;
        s.append(alphabet.charAt(source.below(alphabet.length())));
      }
      return s.toString();
    }

    @Override
    public boolean accepts(String value) {
      int length = value.codePointCount(0, value.length());
      return length >= minLength && length <= maxLength;
    }

    @Override
    public String simplest() {
      return "a".repeat(minLength);
    }

    @Override
    public List<String> specials() {
      List<String> out = new ArrayList<>();
      for (String s :
          List.of(
              "",
              " ",
              "a",
              "Grüße aus 日本 — Ωmega",
              "null",
              "NaN",
              "a,\"b\"\nc",
              "x".repeat(1000))) {
        String fitted = fit(s);
        if (!out.contains(fitted)) {
          out.add(fitted);
        }
      }
      return out;
    }

    private String fit(String s) {
      if (s.length() > maxLength) {
        return s.substring(0, maxLength);
      }
      return s.length() < minLength ? s + "x".repeat(minLength - s.length()) : s;
    }

    @Override
    public long size() {
      return maxLength == 0 ? 1 : Long.MAX_VALUE;
    }
  }

  /**
   * Strings that contain a match of a regular expression. RgxGen walks the expression's syntax to
   * build candidates (it never matches with the expression); every candidate is then checked with
   * RE2, the engine that judges the data, so a string is only used if DuckDB would accept it.
   */
  final class RegexText implements TextSource {
    private static final int ATTEMPTS = 50;
    private final String regex;
    private final Pattern pattern;
    private final RgxGen generator;

    RegexText(String regex) {
      this.regex = regex;
      this.pattern = RegexSyntax.compile(regex);
      RgxGenProperties properties = new RgxGenProperties();
      // Unbounded repetitions (+, *) produce at most this many copies, so strings stay readable.
      RgxGenOption.INFINITE_PATTERN_REPETITION.setInProperties(properties, 12);
      this.generator = RgxGen.parse(properties, RgxGenDialect.of(regex));
    }

    String regex() {
      return regex;
    }

    @Override
    public String draw(Source source) {
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        String candidate = generator.generate(source.random());
        if (accepts(candidate)) {
          return candidate;
        }
      }
      throw new IllegalArgumentException(
          "cannot generate strings that match /%s/ (%d attempts failed under RE2); simplify the pattern or give the column a set of values"
              .formatted(regex, ATTEMPTS));
    }

    /**
     * A string that contains no match of the expression, if one is found: edits of matching strings
     * and a few short strings, each checked with RE2. (RgxGen's own negation runs parts of the
     * expression in java.util.regex, which the one-engine rule forbids.)
     */
    java.util.Optional<String> drawNonMatching(Source source) {
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        String candidate = mutate(generator.generate(source.random()), source);
        if (!accepts(candidate)) {
          return java.util.Optional.of(candidate);
        }
      }
      for (String candidate : List.of("", " ", "~", "#!", "\u00e9", "0", "A")) {
        if (!accepts(candidate)) {
          return java.util.Optional.of(candidate);
        }
      }
      return java.util.Optional.empty();
    }

    private static String mutate(String matching, Source source) {
      if (matching.isEmpty()) {
        return "~";
      }
      StringBuilder out = new StringBuilder(matching);
      int at = source.between(0, out.length() - 1);
      switch (source.between(0, 2)) {
        case 0 -> out.deleteCharAt(at);
        case 1 -> out.setCharAt(at, out.charAt(at) == '~' ? '!' : '~');
        default -> out.setLength(at);
      }
      return out.toString();
    }

    @Override
    public boolean accepts(String value) {
      return pattern.matcher(value).find();
    }

    @Override
    public String simplest() {
      return specials().get(0);
    }

    @Override
    public List<String> specials() {
      List<String> out = new ArrayList<>();
      try {
        StringIterator unique = generator.iterateUnique();
        while (unique.hasNext() && out.size() < 2) {
          String s = unique.next();
          if (accepts(s) && !out.contains(s)) {
            out.add(s);
          }
        }
      } catch (RuntimeException e) {
        // Some expressions cannot be enumerated; random draws still work.
      }
      if (out.isEmpty()) {
        out.add(draw(new Source(0)));
      }
      return out;
    }

    @Override
    public long size() {
      try {
        return generator
            .getUniqueEstimation()
            .map(b -> b.min(BigInteger.valueOf(Long.MAX_VALUE)).longValue())
            .orElse(Long.MAX_VALUE);
      } catch (RuntimeException e) {
        return Long.MAX_VALUE;
      }
    }

    /** All strings of the expression, if there are at most {@code limit}. */
    java.util.Optional<List<String>> enumerate(int limit) {
      if (size() > limit) {
        return java.util.Optional.empty();
      }
      List<String> all = new ArrayList<>();
      StringIterator unique = generator.iterateUnique();
      while (unique.hasNext() && all.size() <= limit) {
        all.add(unique.next());
      }
      return java.util.Optional.of(all);
    }
  }

  /** Strings of a well-known format: e-mail addresses, URLs, UUIDs, dates, JSON... */
  final class FormatText implements TextSource {
    private static final Pattern EMAIL =
        Pattern.compile("^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");
    private static final Pattern URL = Pattern.compile("^(https?|ftp)://[^\\s/$.?#][^\\s]*$");
    private static final Pattern UUID_TEXT =
        Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Pattern ISO_DATE = Pattern.compile("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    private static final Pattern ISO_DATE_TIME =
        Pattern.compile(
            "^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private final ValueFormat format;
    private final @Nullable DateTimeFormatter datePattern;

    FormatText(ValueFormat format, String pattern, String expectation) {
      this.format = format;
      this.datePattern =
          format == ValueFormat.DATE_PATTERN ? Strftime.formatter(pattern, expectation) : null;
    }

    /** The date pattern, which only the date-pattern format has. */
    private DateTimeFormatter datePattern() {
      return Objects.requireNonNull(datePattern, "only the date-pattern format has a pattern");
    }

    @Override
    public String draw(Source source) {
      LocalDateTime time =
          LocalDateTime.of(
              source.between(1950, 2050),
              source.between(1, 12),
              source.between(1, 28),
              source.between(0, 23),
              source.between(0, 59),
              source.between(0, 59));
      return switch (format) {
        case EMAIL ->
            word(source, 1, 8)
                + "@"
                + word(source, 1, 8)
                + "."
                + source.pick(List.of("com", "org", "net", "io", "de"));
        case URL ->
            source.pick(List.of("http", "https"))
                + "://"
                + word(source, 1, 8)
                + ".com"
                + (source.chance(0.5) ? "/" + word(source, 1, 6) : "");
        case UUID -> new UUID(source.random().nextLong(), source.random().nextLong()).toString();
        case ISO_DATE -> time.toLocalDate().toString();
        case ISO_DATE_TIME ->
            time.toLocalDate()
                + "T"
                + "%02d:%02d:%02d".formatted(time.getHour(), time.getMinute(), time.getSecond())
                + (source.chance(0.3) ? "Z" : "");
        case JSON -> json(source);
        case DATE_PATTERN -> datePattern().format(time);
      };
    }

    private static String word(Source source, int min, int max) {
      int length = source.between(min, max);
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < length; i++) {
        s.append(LETTERS.charAt(source.below(LETTERS.length())));
      }
      return s.toString();
    }

    private static String json(Source source) {
      int n = source.between(-1000, 1000);
      return switch (source.below(6)) {
        case 0 -> Integer.toString(n);
        case 1 -> "\"" + word(source, 0, 6) + "\"";
        case 2 -> source.chance(0.5) ? "true" : "null";
        case 3 -> "[" + n + ", " + (n + 1) + "]";
        case 4 -> "{\"id\": " + n + ", \"name\": \"" + word(source, 1, 6) + "\"}";
        default -> "{}";
      };
    }

    @Override
    public boolean accepts(String value) {
      return switch (format) {
        case EMAIL -> EMAIL.matcher(value).matches();
        case URL -> URL.matcher(value).matches();
        case UUID -> UUID_TEXT.matcher(value).matches();
        case ISO_DATE -> ISO_DATE.matcher(value).matches() && isDate(value);
        case ISO_DATE_TIME ->
            ISO_DATE_TIME.matcher(value).matches() && isDate(value.substring(0, 10));
        case JSON -> Json.isValid(value);
        case DATE_PATTERN -> parses(value);
      };
    }

    private static boolean isDate(String text) {
      try {
        LocalDate.parse(text);
        return true;
      } catch (DateTimeParseException e) {
        return false;
      }
    }

    private boolean parses(String text) {
      try {
        datePattern().parse(text);
        return true;
      } catch (DateTimeParseException e) {
        return false;
      }
    }

    @Override
    public String simplest() {
      return switch (format) {
        case EMAIL -> "a@a.io";
        case URL -> "http://a.com";
        case UUID -> "00000000-0000-0000-0000-000000000000";
        case ISO_DATE -> "2000-01-01";
        case ISO_DATE_TIME -> "2000-01-01T00:00:00";
        case JSON -> "0";
        case DATE_PATTERN -> datePattern().format(LocalDateTime.of(2000, 1, 1, 0, 0));
      };
    }

    @Override
    public List<String> specials() {
      return switch (format) {
        case EMAIL -> List.of("a@a.io", "first.last+tag@sub.example.com");
        case URL -> List.of("http://a.com", "https://example.com/a/b?q=1#f");
        case UUID ->
            List.of("00000000-0000-0000-0000-000000000000", "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF");
        case ISO_DATE -> List.of("2000-02-29", "1970-01-01", "9999-12-31");
        case ISO_DATE_TIME -> List.of("2000-01-01T00:00:00", "1999-12-31 23:59:59.999+01:00");
        case JSON -> List.of("{}", "[]", "null", "\"\"", "{\"a\": [1, {\"b\": null}]}");
        case DATE_PATTERN ->
            List.of(
                datePattern().format(LocalDateTime.of(2000, 2, 29, 0, 0)),
                datePattern().format(LocalDateTime.of(1999, 12, 31, 23, 59, 59)));
      };
    }

    @Override
    public long size() {
      return Long.MAX_VALUE;
    }
  }
}
