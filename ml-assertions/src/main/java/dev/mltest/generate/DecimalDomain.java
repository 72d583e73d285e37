package dev.mltest.generate;

import dev.mltest.data.ColumnType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Doubles in an inclusive range, minus excluded values. NaN is valid only in a column no range
 * expectation mentions, and an infinity only on a side without a bound: a range check fails NaN,
 * and an infinity lies beyond every finite bound.
 */
final class DecimalDomain implements Domain {
  private final double low;
  private final double high;
  private final boolean nan;
  private final boolean negativeInfinity;
  private final boolean positiveInfinity;
  private final boolean negativeZero;
  private final Set<ValueKey> excluded;

  /**
   * @param low the smallest finite value
   * @param high the largest finite value
   * @param nan whether NaN is valid
   * @param negativeInfinity whether -Infinity is valid
   * @param positiveInfinity whether +Infinity is valid
   */
  DecimalDomain(
      double low,
      double high,
      boolean nan,
      boolean negativeInfinity,
      boolean positiveInfinity,
      Set<ValueKey> excluded) {
    this(low, high, nan, negativeInfinity, positiveInfinity, true, excluded);
  }

  private DecimalDomain(
      double low,
      double high,
      boolean nan,
      boolean negativeInfinity,
      boolean positiveInfinity,
      boolean negativeZero,
      Set<ValueKey> excluded) {
    this.low = low;
    this.high = high;
    this.nan = nan;
    this.negativeInfinity = negativeInfinity;
    this.positiveInfinity = positiveInfinity;
    this.negativeZero = negativeZero;
    this.excluded = Set.copyOf(excluded);
  }

  static DecimalDomain all() {
    return new DecimalDomain(-Double.MAX_VALUE, Double.MAX_VALUE, true, true, true, Set.of());
  }

  @Override
  public DecimalDomain excluding(Set<ValueKey> more) {
    Set<ValueKey> all = new HashSet<>(excluded);
    all.addAll(more);
    return new DecimalDomain(low, high, nan, negativeInfinity, positiveInfinity, negativeZero, all);
  }

  /** The same domain without NaN, whose order the backend defines differently from Java. */
  DecimalDomain withoutNaN() {
    return new DecimalDomain(
        low, high, false, negativeInfinity, positiveInfinity, negativeZero, excluded);
  }

  /**
   * The same domain without -0.0. The evaluator judges {@code minBetween}/{@code maxBetween} in
   * Java, where -0.0 is below 0.0, while SQL comparisons hold them equal; so a column judged by its
   * extremes never holds -0.0, whatever the bounds.
   */
  DecimalDomain withoutNegativeZero() {
    return new DecimalDomain(low, high, nan, negativeInfinity, positiveInfinity, false, excluded);
  }

  /** The smallest value, unless -Infinity is valid. */
  java.util.Optional<Double> min() {
    return negativeInfinity ? java.util.Optional.empty() : java.util.Optional.of(low);
  }

  /** The largest value, unless +Infinity is valid. */
  java.util.Optional<Double> max() {
    return positiveInfinity ? java.util.Optional.empty() : java.util.Optional.of(high);
  }

  Set<ValueKey> excluded() {
    return excluded;
  }

  boolean isEmpty() {
    return low > high || size() == 0;
  }

  double low() {
    return low;
  }

  double high() {
    return high;
  }

  @Override
  public ColumnType type() {
    return ColumnType.DECIMAL;
  }

  @Override
  public Object draw(Source source) {
    for (int attempt = 0; attempt < 1000; attempt++) {
      double v = raw(source);
      if (contains(v)) {
        return v;
      }
    }
    throw new ContractException(
        "cannot draw a decimal outside the excluded values " + excluded, List.of());
  }

  private double raw(Source source) {
    if (low == high) {
      return low;
    }
    double r = source.unit();
    if (r < 0.02) {
      List<Object> specials = specials();
      if (!specials.isEmpty()) {
        return (Double) source.pick(specials);
      }
    }
    double v;
    boolean bounded = low > -1e12 && high < 1e12;
    if (bounded && r < 0.7) {
      double u = source.unit();
      v = low * (1 - u) + high * u;
    } else {
      double centre = (Double) simplest();
      double magnitude = Math.pow(10, source.unit() * 8 - 2);
      v = centre + (source.chance(0.5) ? magnitude : -magnitude);
    }
    if (source.chance(0.3)) {
      double rounded = Math.round(v * 100) / 100.0;
      if (rounded >= low && rounded <= high) {
        v = rounded;
      }
    }
    double clamped = Math.max(low, Math.min(high, v));
    return clamped == 0.0 && !negativeZero ? 0.0 : clamped;
  }

  @Override
  public long size() {
    if (low > high) {
      return 0;
    }
    if (low == high) {
      return excluded.contains(ValueKey.of(low)) ? 0 : 1;
    }
    return Long.MAX_VALUE;
  }

  @Override
  public boolean contains(Object value) {
    if (!(value instanceof Double d) || excluded.contains(ValueKey.of(d))) {
      return false;
    }
    if (d.isNaN()) {
      return nan;
    }
    if (d.isInfinite()) {
      return d > 0 ? positiveInfinity : negativeInfinity;
    }
    if (!negativeZero && d == 0.0 && Double.doubleToRawLongBits(d) != 0) {
      return false;
    }
    return d >= low && d <= high;
  }

  @Override
  public Object simplest() {
    for (double candidate : niceCandidates()) {
      if (contains(candidate)) {
        return candidate;
      }
    }
    return contains(low) ? low : high;
  }

  private List<Double> niceCandidates() {
    List<Double> out = new ArrayList<>(List.of(0.0, 1.0, -1.0));
    for (int digits = 0; digits <= 12; digits++) {
      double scale = Math.pow(10, digits);
      out.add(Math.ceil(low * scale) / scale);
      out.add(Math.floor(high * scale) / scale);
    }
    return out;
  }

  @Override
  public List<Object> specials() {
    Map<Double, Object> values = new LinkedHashMap<>();
    double[] candidates = {
      low,
      high,
      0.0,
      -0.0,
      Double.NaN,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      Double.MIN_VALUE,
      -Double.MIN_VALUE,
      1e300,
      -1e300,
      Math.nextUp(low),
      Math.nextDown(high),
      0.1,
      9007199254740993.0
    };
    for (double c : candidates) {
      if (contains(c)) {
        values.putIfAbsent(c, c);
      }
    }
    return List.copyOf(values.values());
  }

  @Override
  public Optional<List<Object>> enumerate(int limit) {
    if (low > high) {
      return Optional.of(List.of());
    }
    if (low == high && !nan && !negativeInfinity && !positiveInfinity) {
      return Optional.of(contains(low) ? List.of(low) : List.of());
    }
    return Optional.empty();
  }

  @Override
  public Optional<Domain> restrict(@Nullable Bound lower, @Nullable Bound upper) {
    double a = low;
    double b = high;
    boolean negInf = negativeInfinity;
    boolean posInf = positiveInfinity;
    boolean keepNan = nan && lower == null && upper == null;
    if (lower != null) {
      double v = ((Number) lower.value()).doubleValue();
      a = Math.max(a, lower.strict() ? Math.nextUp(v) : v);
      negInf = false;
    }
    if (upper != null) {
      double v = ((Number) upper.value()).doubleValue();
      b = Math.min(b, upper.strict() ? Math.nextDown(v) : v);
      posInf = false;
    }
    DecimalDomain restricted =
        new DecimalDomain(a, b, keepNan, negInf, posInf, negativeZero, excluded);
    return restricted.isEmpty() ? Optional.empty() : Optional.of(restricted);
  }

  @Override
  public List<Object> simpler(Object value) {
    if (!(value instanceof Double v)) {
      return List.of();
    }
    List<Object> out = new ArrayList<>();
    double score = Simplicity.score(v);
    List<Double> candidates = new ArrayList<>(List.of((Double) simplest(), 0.0));
    if (!v.isNaN() && !v.isInfinite()) {
      candidates.add(Math.rint(v));
      candidates.add(Math.round(v * 10) / 10.0);
      candidates.add(Math.round(v * 100) / 100.0);
      candidates.add(v / 2);
      candidates.add(Math.abs(v));
    }
    for (double c : candidates) {
      if (contains(c) && Simplicity.score(c) < score && !out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }
}
