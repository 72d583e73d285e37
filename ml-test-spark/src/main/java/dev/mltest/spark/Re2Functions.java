package dev.mltest.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.jspecify.annotations.Nullable;

/**
 * The functions the Spark backend registers on its session: regular expressions run by RE2J (the
 * engine DuckDB's RE2 follows), so a pattern matches the same text on both backends, a JSON check,
 * and DuckDB's {@code strptime} patterns. {@code regexp_matches} and {@code regexp_full_match} are
 * registered under DuckDB's names too, so a suite's {@code where} that uses them is portable.
 */
final class Re2Functions {
  static final String FIND = "mltest_re2_find";
  static final String FULL = "mltest_re2_full";
  static final String JSON_VALID = "mltest_json_valid";
  static final String STRPTIME_VALID = "mltest_strptime_valid";

  /** Compiled patterns per executor JVM; suites use few distinct patterns. */
  private static final Map<String, Compiled> PATTERNS = new ConcurrentHashMap<>();

  private static final JsonFactory JSON = new JsonFactory();

  private Re2Functions() {}

  static void register(SparkSession spark) {
    UDF2<String, String, Boolean> find = (text, regex) -> text == null ? null : find(text, regex);
    UDF2<String, String, Boolean> full = (text, regex) -> text == null ? null : full(text, regex);
    UDF1<String, Boolean> json = text -> text == null ? null : isJson(text);
    UDF2<String, String, Boolean> strptime =
        (text, pattern) -> text == null ? null : StrptimePattern.of(pattern).parses(text);
    spark.udf().register(FIND, find, DataTypes.BooleanType);
    spark.udf().register(FULL, full, DataTypes.BooleanType);
    spark.udf().register("regexp_matches", find, DataTypes.BooleanType);
    spark.udf().register("regexp_full_match", full, DataTypes.BooleanType);
    spark.udf().register(JSON_VALID, json, DataTypes.BooleanType);
    spark.udf().register(STRPTIME_VALID, strptime, DataTypes.BooleanType);
  }

  static boolean find(String text, @Nullable String regex) {
    return compiled(regex).find(text);
  }

  static boolean full(String text, @Nullable String regex) {
    return compiled(regex).full(text);
  }

  private static Compiled compiled(@Nullable String regex) {
    if (regex == null) {
      throw new IllegalArgumentException("the regular expression is null");
    }
    Compiled c = PATTERNS.get(regex);
    if (c == null) {
      Pattern pattern;
      try {
        pattern = Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "invalid regular expression (RE2 syntax) '%s': %s".formatted(regex, e.getMessage()), e);
      }
      c = new Compiled(pattern, automaton(regex));
      if (PATTERNS.size() > 1_000) {
        PATTERNS.clear();
      }
      PATTERNS.put(regex, c);
    }
    return c;
  }

  /**
   * The pattern's automaton, or null for RE2J: outside the subset, or on an executor that was given
   * RE2J but not Lucene (a session owner's {@code spark.jars} from before Lucene was used).
   */
  private static @Nullable Re2Automaton automaton(String regex) {
    try {
      return Re2Automaton.of(regex).orElse(null);
    } catch (NoClassDefFoundError e) {
      return null;
    }
  }

  /**
   * A pattern RE2J accepted, with its automaton when it has one ({@link Re2Automaton}: the same
   * matches in linear time without RE2J's NFA simulation).
   */
  private record Compiled(Pattern pattern, @Nullable Re2Automaton automaton) {
    boolean find(String text) {
      return automaton != null ? automaton.find(text) : pattern.matcher(text).find();
    }

    boolean full(String text) {
      return automaton != null ? automaton.full(text) : pattern.matcher(text).matches();
    }
  }

  /** Whether the text is one JSON value, as DuckDB's {@code json_valid}. */
  static boolean isJson(String text) {
    try (JsonParser parser = JSON.createParser(text)) {
      if (parser.nextToken() == null) {
        return false;
      }
      parser.skipChildren();
      return parser.nextToken() == null;
    } catch (IOException e) {
      return false;
    }
  }
}
