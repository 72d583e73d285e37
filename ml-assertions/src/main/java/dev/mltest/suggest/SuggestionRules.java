package dev.mltest.suggest;

import dev.mltest.data.ColumnType;
import dev.mltest.data.ValueFormat;
import dev.mltest.profile.ColumnProfile;
import dev.mltest.profile.Shapes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The per-column suggestion rules. Bounds are learned across batches with headroom sized by the
 * sampling error of the statistic, so that a fresh clean batch of a similar size passes.
 */
final class SuggestionRules {
  /** The largest set of distinct strings suggested as an enumeration. */
  static final int MAX_ENUMERATION = 20;

  /** The largest set of distinct integers suggested as integer-coded categories. */
  static final int MAX_INTEGER_CODES = 10;

  /** The smallest pooled count of each integer code. */
  static final long MIN_CODE_COUNT = 20;

  /** The smallest pooled share of each integer code. */
  static final double MIN_CODE_SHARE = 0.01;

  /** Standard errors of headroom for statistics bounds: one false alarm in about 1.7 million. */
  static final double STANDARD_ERRORS = 5;

  /** Share of the observed range added on each side of a learned range. */
  static final double RANGE_HEADROOM = 0.25;

  /** The fewest non-null values per batch for which statistics bounds are suggested. */
  static final long MIN_VALUES_FOR_STATISTICS = 30;

  private SuggestionRules() {}

  static List<Suggestion> column(ColumnEvidence c, RuleSet rules) {
    return rules == RuleSet.BASELINE ? baseline(c) : full(c);
  }

  private static List<Suggestion> baseline(ColumnEvidence c) {
    List<Suggestion> out = new ArrayList<>();
    ColumnType type = c.type().orElse(ColumnType.OTHER);
    if (c.nulls() == 0 && c.rows() > 0) {
      out.add(notNull(c));
    }
    Optional<Map<String, Long>> values = c.allValues();
    if (type == ColumnType.STRING && values.isPresent() && values.get().size() <= MAX_ENUMERATION) {
      out.add(inSet(c, values.get(), "set", false));
    } else if (type.isNumeric() && c.nonNull() > 0) {
      out.add(
          new Suggestion(
              "min/max",
              "observed %s..%s".formatted(Rounding.show(c.min()), Rounding.show(c.max())) + over(c),
              fields(
                  "between", c.name(), "min", exact(c.min(), type), "max", exact(c.max(), type))));
    }
    return out;
  }

  private static List<Suggestion> full(ColumnEvidence c) {
    List<Suggestion> out = new ArrayList<>();
    Optional<ColumnType> common = c.type();
    if (common.isEmpty() || c.rows() == 0) {
      return out;
    }
    ColumnType type = common.get();
    out.add(
        new Suggestion(
            "type",
            "%s in every batch".formatted(type.key()),
            fields("columnType", c.name(), "type", type.key())));
    boolean key = c.isKey() && (type == ColumnType.STRING || type == ColumnType.INTEGER);
    if (key) {
      out.add(
          new Suggestion(
              "key",
              "every value distinct and non-null" + over(c),
              fieldsWithColumns("primaryKey", List.of(c.name()))));
    } else if (c.nulls() == 0) {
      out.add(notNull(c));
    } else {
      out.add(nullRatio(c));
    }
    if (c.nonNull() == 0) {
      return out;
    }
    Optional<Map<String, Long>> values = c.allValues();
    if (type == ColumnType.STRING) {
      if (!key && values.isPresent() && isEnumeration(c, values.get())) {
        out.add(inSet(c, values.get(), "enumeration", false));
      } else {
        out.addAll(structured(c));
      }
    } else if (type.isNumeric() && !key) {
      if (type == ColumnType.INTEGER
          && values.isPresent()
          && values.get().size() <= MAX_INTEGER_CODES
          && c.valuesInEveryBatch(values.get().keySet())
          && noRareValue(c, values.get())) {
        out.add(inSet(c, values.get(), "integer codes", true));
      } else {
        out.add(range(c, type));
        out.addAll(statistics(c, type));
      }
    }
    return out;
  }

  /**
   * Codes are each common; a count (tickets, children) has a tail of rare values, and a fresh batch
   * will sooner or later hold one never seen: a range suits it, not a set.
   */
  private static boolean noRareValue(ColumnEvidence c, Map<String, Long> values) {
    long rare = Math.max(MIN_CODE_COUNT, Math.round(MIN_CODE_SHARE * c.nonNull()));
    return values.values().stream().allMatch(n -> n >= rare);
  }

  /** Few distinct values, each seen several times: an enumeration rather than free text. */
  private static boolean isEnumeration(ColumnEvidence c, Map<String, Long> values) {
    return values.size() <= MAX_ENUMERATION && c.nonNull() >= 5L * values.size();
  }

  private static Suggestion notNull(ColumnEvidence c) {
    return new Suggestion("complete", "no nulls" + over(c), fields("notNull", c.name()));
  }

  private static Suggestion nullRatio(ColumnEvidence c) {
    double pooled = (double) c.nulls() / c.rows();
    double error = Math.sqrt(pooled * (1 - pooled) / Math.max(1, c.smallestRows()));
    double bound = Math.min(1, Math.max(c.largestNullShare(), pooled + STANDARD_ERRORS * error));
    return new Suggestion(
        "null ratio",
        "null share %s (largest %s in one batch)"
                .formatted(Rounding.show(pooled), Rounding.show(c.largestNullShare()))
            + over(c)
            + "; headroom %s standard errors".formatted(Rounding.show(STANDARD_ERRORS)),
        fields("nullRatio", c.name(), "max", Rounding.up(bound).min(java.math.BigDecimal.ONE)));
  }

  private static Suggestion inSet(
      ColumnEvidence c, Map<String, Long> values, String rule, boolean integers) {
    List<Object> list = new ArrayList<>();
    values.keySet().forEach(v -> list.add(integers ? (Object) Long.parseLong(v) : v));
    if (integers) {
      list.sort((a, b) -> Long.compare((Long) a, (Long) b));
    }
    String counts =
        values.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", "));
    Map<String, Object> f = fields("inSet", c.name());
    f.put("values", list);
    return new Suggestion(
        rule, "%d distinct values (%s)".formatted(values.size(), counts) + over(c), f);
  }

  private static Suggestion range(ColumnEvidence c, ColumnType type) {
    double lo = c.min();
    double hi = c.max();
    double headroom = RANGE_HEADROOM * (hi - lo);
    double lower = lo - headroom;
    String why = "observed %s..%s".formatted(Rounding.show(lo), Rounding.show(hi)) + over(c);
    String rule = "range";
    if (lo >= 0 && lower < 0) {
      lower = 0;
      rule = "range (never negative)";
    }
    double upper = hi + headroom;
    why += "; headroom %d%% of the range".formatted(Math.round(RANGE_HEADROOM * 100));
    return new Suggestion(
        rule,
        why,
        fields(
            "between",
            c.name(),
            "min",
            bound(lower, type, false),
            "max",
            bound(upper, type, true)));
  }

  private static List<Suggestion> statistics(ColumnEvidence c, ColumnType type) {
    List<Suggestion> out = new ArrayList<>();
    long n = c.smallestNonNull();
    double sd = c.pooledStdev();
    if (n < MIN_VALUES_FOR_STATISTICS || !Double.isFinite(sd) || sd == 0) {
      return out;
    }
    double meanError = sd / Math.sqrt(n);
    out.add(
        statistic(
            c, "meanBetween", "mean", ColumnProfile::mean, meanError, Double.NEGATIVE_INFINITY));
    // The standard error of a standard deviation grows with the tails (kurtosis); assuming a
    // kurtosis of 9 keeps heavy-tailed columns such as amounts free of false alarms.
    double stdevError = sd * Math.sqrt(2.0 / n);
    out.add(statistic(c, "stdevBetween", "stdev", ColumnProfile::stdev, stdevError, 0));
    double iqr = c.pooledIqr();
    double spread = iqr > 0 ? iqr / 1.349 : sd;
    double medianError = 1.253 * spread / Math.sqrt(n);
    if (type == ColumnType.INTEGER) {
      // A median of whole numbers moves in steps of one half.
      medianError = Math.max(medianError, 0.5 / STANDARD_ERRORS);
    }
    out.add(median(c, medianError));
    return out;
  }

  private static Suggestion statistic(
      ColumnEvidence c,
      String expect,
      String what,
      Function<ColumnProfile, @Nullable Double> value,
      double error,
      double floor) {
    List<Double> values = c.perBatch(p -> orNaN(value.apply(p)));
    double[] interval = interval(values, error);
    double lower = Math.max(floor, interval[0]);
    String why =
        "%s %s".formatted(what, describe(values))
            + over(c)
            + "; headroom %s standard errors (%s)"
                .formatted(Rounding.show(STANDARD_ERRORS), Rounding.show(error));
    return new Suggestion(
        what + " bounds",
        why,
        fields(expect, c.name(), "min", Rounding.down(lower), "max", Rounding.up(interval[1])));
  }

  private static Suggestion median(ColumnEvidence c, double error) {
    List<Double> values = c.perBatch(p -> p.quantile(0.5).orElse(Double.NaN));
    double[] interval = interval(values, error);
    Map<String, Object> quantile = new LinkedHashMap<>();
    quantile.put("quantile", 0.5);
    quantile.put("min", Rounding.down(interval[0]));
    quantile.put("max", Rounding.up(interval[1]));
    Map<String, Object> f = fields("quantilesBetween", c.name());
    f.put("quantiles", List.of(quantile));
    return new Suggestion(
        "median bounds",
        "median %s".formatted(describe(values))
            + over(c)
            + "; headroom %s standard errors (%s)"
                .formatted(Rounding.show(STANDARD_ERRORS), Rounding.show(error)),
        f);
  }

  /**
   * The batches' extreme values widened by the larger of the sampling headroom and three times the
   * spread seen between batches.
   */
  private static double[] interval(List<Double> values, double error) {
    double lo = values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    double hi = values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    double between =
        values.size() < 2
            ? 0
            : Math.sqrt(
                values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum()
                    / (values.size() - 1));
    double width = Math.max(STANDARD_ERRORS * error, 3 * between);
    return new double[] {lo - width, hi + width};
  }

  private static List<Suggestion> structured(ColumnEvidence c) {
    List<Suggestion> out = new ArrayList<>();
    Optional<ValueFormat> format = c.commonFormat();
    Optional<Set<String>> shapes = c.allShapes();
    if (format.isPresent()) {
      Map<String, Object> f = fields("format", c.name());
      f.put("format", format.get().key());
      out.add(new Suggestion("format", "every value is " + format.get().key() + over(c), f));
    } else if (shapes.isPresent() && shapes.get().size() <= 3 && !freeText(shapes.get())) {
      String regex =
          shapes.get().size() == 1
              ? Shapes.regex(shapes.get().iterator().next())
              : shapes.get().stream()
                  .map(s -> Shapes.regex(s).substring(1, Shapes.regex(s).length() - 1))
                  .collect(Collectors.joining("|", "^(?:", ")$"));
      Map<String, Object> f = fields("matchesRegex", c.name());
      f.put("regex", regex);
      out.add(
          new Suggestion(
              "structured string",
              "every value has one of the shapes " + shapes.get() + over(c),
              f));
    }
    if (c.hasLengths() && format.isEmpty()) {
      long min = c.minLength();
      long max = c.maxLength();
      boolean fixed = shapes.isPresent() && shapes.get().size() == 1;
      long lower = fixed ? min : Math.max(min > 0 ? 1 : 0, min / 2);
      long upper = fixed ? max : (long) Math.ceil(max * 1.5);
      out.add(
          new Suggestion(
              fixed ? "fixed length" : "string lengths",
              "lengths %d..%d".formatted(min, max)
                  + over(c)
                  + (fixed ? "" : "; headroom: half the shortest, 1.5 times the longest"),
              fields("lengthBetween", c.name(), "min", lower, "max", upper)));
    }
    return out;
  }

  /** Shapes of words (letters with spaces) are free text, not structure worth a regex. */
  private static boolean freeText(Set<String> shapes) {
    return shapes.stream().allMatch(s -> s.chars().allMatch(ch -> ch == 'a' || ch == ' '));
  }

  private static Object bound(double x, ColumnType type, boolean upper) {
    if (type == ColumnType.INTEGER) {
      return (long) (upper ? Math.ceil(x) : Math.floor(x));
    }
    return upper ? Rounding.up(x) : Rounding.down(x);
  }

  private static Object exact(double x, ColumnType type) {
    return type == ColumnType.INTEGER
        ? (Object) (long) x
        : (Object) java.math.BigDecimal.valueOf(x);
  }

  private static double orNaN(@Nullable Double value) {
    return value == null ? Double.NaN : value;
  }

  private static String describe(List<Double> values) {
    if (values.size() == 1) {
      return Rounding.show(values.get(0));
    }
    double lo = values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    double hi = values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    return Rounding.show(lo) + ".." + Rounding.show(hi);
  }

  static String over(ColumnEvidence c) {
    return c.batchCount() == 1
        ? " in %,d rows".formatted(c.rows())
        : " over %d batches (%,d rows)".formatted(c.batchCount(), c.rows());
  }

  static Map<String, Object> fields(String expect, String column, Object... more) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("expect", expect);
    f.put("column", column);
    for (int i = 0; i + 1 < more.length; i += 2) {
      f.put((String) more[i], more[i + 1]);
    }
    return f;
  }

  static Map<String, Object> fieldsWithColumns(String expect, List<String> columns) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("expect", expect);
    f.put("columns", columns);
    return f;
  }
}
