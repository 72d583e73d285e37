package dev.mltest.generate;

import dev.mltest.data.ColumnType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Integers, dates (as epoch days) or timestamps (as whole epoch seconds) in an inclusive range,
 * minus excluded values.
 */
final class LongDomain implements Domain {
  /** Dates and timestamps stay within years 1 to 9999, which every ISO parser reads. */
  static final long DATE_MIN = LocalDate.of(1, 1, 1).toEpochDay();

  static final long DATE_MAX = LocalDate.of(9999, 12, 31).toEpochDay();
  static final long TIMESTAMP_MIN = DATE_MIN * 86_400;
  static final long TIMESTAMP_MAX = DATE_MAX * 86_400 + 86_399;
  private static final long TYPICAL_DATE_MIN = LocalDate.of(1950, 1, 1).toEpochDay();
  private static final long TYPICAL_DATE_MAX = LocalDate.of(2050, 12, 31).toEpochDay();
  private static final long SIMPLE_DATE = LocalDate.of(2000, 1, 1).toEpochDay();

  private final ColumnType type;
  private final long low;
  private final long high;
  private final Set<ValueKey> excluded;

  LongDomain(ColumnType type, long low, long high, Set<ValueKey> excluded) {
    this.type = type;
    this.low = low;
    this.high = high;
    this.excluded = Set.copyOf(excluded);
  }

  /** The whole range of a type. */
  static LongDomain all(ColumnType type) {
    return switch (type) {
      case INTEGER -> new LongDomain(type, Long.MIN_VALUE, Long.MAX_VALUE, Set.of());
      case DATE -> new LongDomain(type, DATE_MIN, DATE_MAX, Set.of());
      case TIMESTAMP -> new LongDomain(type, TIMESTAMP_MIN, TIMESTAMP_MAX, Set.of());
      default -> throw new IllegalArgumentException("not an integer-coded type: " + type);
    };
  }

  @Override
  public LongDomain excluding(Set<ValueKey> more) {
    Set<ValueKey> all = new java.util.HashSet<>(excluded);
    all.addAll(more);
    return new LongDomain(type, low, high, all);
  }

  Set<ValueKey> excluded() {
    return excluded;
  }

  boolean isEmpty() {
    return low > high || (size() == 0);
  }

  @Override
  public ColumnType type() {
    return type;
  }

  Object decode(long v) {
    return switch (type) {
      case DATE -> LocalDate.ofEpochDay(v);
      case TIMESTAMP -> LocalDateTime.ofEpochSecond(v, 0, ZoneOffset.UTC);
      default -> v;
    };
  }

  /** The code of a value of this type, or empty for a value of another type. */
  Optional<Long> code(Object value) {
    if (type == ColumnType.INTEGER && value instanceof Long l) {
      return Optional.of(l);
    }
    if (type == ColumnType.DATE && value instanceof LocalDate d) {
      return Optional.of(d.toEpochDay());
    }
    if (type == ColumnType.TIMESTAMP && value instanceof LocalDateTime t && t.getNano() == 0) {
      return Optional.of(t.toEpochSecond(ZoneOffset.UTC));
    }
    return Optional.empty();
  }

  /** The smallest code at or above a bound (above it if strict); empty if beyond the type. */
  Optional<Long> ceiling(Bound bound) {
    Object v = bound.value();
    if (type == ColumnType.INTEGER && v instanceof Number n) {
      double d = n.doubleValue();
      if (n instanceof Long || n instanceof Integer) {
        long l = n.longValue();
        return bound.strict()
            ? (l == Long.MAX_VALUE ? Optional.empty() : Optional.of(l + 1))
            : Optional.of(l);
      }
      double c = Math.ceil(d);
      if (bound.strict() && c == d) {
        c += 1;
      }
      return c > 9.2e18 ? Optional.empty() : Optional.of(c < -9.2e18 ? Long.MIN_VALUE : (long) c);
    }
    if (type == ColumnType.DATE && v instanceof LocalDate d) {
      return Optional.of(d.toEpochDay() + (bound.strict() ? 1 : 0));
    }
    if (type == ColumnType.TIMESTAMP && v instanceof LocalDateTime t) {
      long s = t.toEpochSecond(ZoneOffset.UTC);
      boolean whole = t.getNano() == 0;
      return Optional.of(whole ? s + (bound.strict() ? 1 : 0) : s + 1);
    }
    throw new IllegalArgumentException("cannot compare " + type.key() + " with " + v);
  }

  /** The largest code at or below a bound (below it if strict); empty if beyond the type. */
  Optional<Long> floor(Bound bound) {
    Object v = bound.value();
    if (type == ColumnType.INTEGER && v instanceof Number n) {
      double d = n.doubleValue();
      if (n instanceof Long || n instanceof Integer) {
        long l = n.longValue();
        return bound.strict()
            ? (l == Long.MIN_VALUE ? Optional.empty() : Optional.of(l - 1))
            : Optional.of(l);
      }
      double f = Math.floor(d);
      if (bound.strict() && f == d) {
        f -= 1;
      }
      return f < -9.2e18 ? Optional.empty() : Optional.of(f > 9.2e18 ? Long.MAX_VALUE : (long) f);
    }
    if (type == ColumnType.DATE && v instanceof LocalDate d) {
      return Optional.of(d.toEpochDay() - (bound.strict() ? 1 : 0));
    }
    if (type == ColumnType.TIMESTAMP && v instanceof LocalDateTime t) {
      long s = t.toEpochSecond(ZoneOffset.UTC);
      return Optional.of(bound.strict() && t.getNano() == 0 ? s - 1 : s);
    }
    throw new IllegalArgumentException("cannot compare " + type.key() + " with " + v);
  }

  long low() {
    return low;
  }

  long high() {
    return high;
  }

  @Override
  public Object draw(Source source) {
    for (int attempt = 0; attempt < 1000; attempt++) {
      long v = raw(source);
      if (excluded.isEmpty() || !excluded.contains(ValueKey.of(decode(v)))) {
        return decode(v);
      }
    }
    // Exclusions cover nearly the whole range: pick among what is left.
    return source.pick(enumerate(10_000).orElseThrow());
  }

  private long raw(Source source) {
    long span = high - low;
    if (span >= 0 && span <= 1000) {
      return source.between(low, high);
    }
    double r = source.unit();
    if (r < 0.03) {
      return low;
    }
    if (r < 0.06) {
      return high;
    }
    long centre = simpleCode();
    if (r < 0.6) {
      long typicalLow;
      long typicalHigh;
      if (type == ColumnType.INTEGER) {
        typicalLow = centre - 100;
        typicalHigh = centre + 100;
      } else if (type == ColumnType.DATE) {
        typicalLow = TYPICAL_DATE_MIN;
        typicalHigh = TYPICAL_DATE_MAX;
      } else {
        typicalLow = TYPICAL_DATE_MIN * 86_400;
        typicalHigh = TYPICAL_DATE_MAX * 86_400;
      }
      long a = Math.max(low, typicalLow);
      long b = Math.min(high, typicalHigh);
      if (a <= b) {
        return source.between(a, b);
      }
    }
    // Log-uniform distance from the simplest value, so that large magnitudes show up too.
    double magnitude = Math.pow(10, source.unit() * 18.9);
    double target = centre + (source.chance(0.5) ? magnitude : -magnitude);
    return clamp(target);
  }

  private long clamp(double target) {
    if (target <= low) {
      return low;
    }
    if (target >= high) {
      return high;
    }
    return (long) target;
  }

  private long simpleCode() {
    long preferred =
        type == ColumnType.INTEGER
            ? 0
            : type == ColumnType.DATE ? SIMPLE_DATE : SIMPLE_DATE * 86_400;
    return Math.max(low, Math.min(high, preferred));
  }

  @Override
  public long size() {
    long span = high - low;
    if (span < 0 || span == Long.MAX_VALUE) {
      return low > high ? 0 : Long.MAX_VALUE;
    }
    long inside = excluded.stream().filter(k -> k.value() != null && contains(k.value())).count();
    return span + 1 - inside;
  }

  @Override
  public boolean contains(Object value) {
    Optional<Long> code = code(value);
    return code.isPresent()
        && code.get() >= low
        && code.get() <= high
        && !excluded.contains(ValueKey.of(value));
  }

  @Override
  public Object simplest() {
    long centre = simpleCode();
    for (long d = 0; d < 10_000; d++) {
      for (long c : new long[] {centre + d, centre - d}) {
        if (c >= low && c <= high && !excluded.contains(ValueKey.of(decode(c)))) {
          return decode(c);
        }
      }
    }
    return draw(new Source(0));
  }

  @Override
  public List<Object> specials() {
    Map<ValueKey, Object> values = new LinkedHashMap<>();
    List<Long> codes = new ArrayList<>(List.of(low, high));
    if (type == ColumnType.INTEGER) {
      codes.addAll(
          List.of(0L, 1L, -1L, (long) Integer.MAX_VALUE + 1, (long) Integer.MIN_VALUE - 1));
    } else if (type == ColumnType.DATE) {
      codes.addAll(
          List.of(
              0L, LocalDate.of(2000, 2, 29).toEpochDay(), LocalDate.of(2024, 12, 31).toEpochDay()));
    } else {
      codes.addAll(List.of(0L, SIMPLE_DATE * 86_400 - 1, SIMPLE_DATE * 86_400 + 86_399));
    }
    for (long c : codes) {
      Object v = decode(c);
      if (contains(v)) {
        values.putIfAbsent(ValueKey.of(v), v);
      }
    }
    return List.copyOf(values.values());
  }

  @Override
  public Optional<List<Object>> enumerate(int limit) {
    long span = high - low;
    if (span < 0 || span >= limit) {
      return low > high ? Optional.of(List.of()) : Optional.empty();
    }
    List<Object> all = new ArrayList<>();
    for (long c = low; c <= high; c++) {
      Object v = decode(c);
      if (!excluded.contains(ValueKey.of(v))) {
        all.add(v);
      }
    }
    return Optional.of(all);
  }

  @Override
  public Optional<Domain> restrict(@Nullable Bound lower, @Nullable Bound upper) {
    long a = low;
    long b = high;
    if (lower != null) {
      Optional<Long> c = ceiling(lower);
      if (c.isEmpty()) {
        return Optional.empty();
      }
      a = Math.max(a, c.get());
    }
    if (upper != null) {
      Optional<Long> f = floor(upper);
      if (f.isEmpty()) {
        return Optional.empty();
      }
      b = Math.min(b, f.get());
    }
    LongDomain restricted = new LongDomain(type, a, b, excluded);
    return restricted.isEmpty() ? Optional.empty() : Optional.of(restricted);
  }

  @Override
  public List<Object> simpler(Object value) {
    Optional<Long> code = code(value);
    if (code.isEmpty()) {
      return List.of();
    }
    long v = code.get();
    long centre = code(simplest()).orElse(v);
    // The simplest value, then ever smaller steps toward it (half the way, a quarter... one), so
    // that shrinking takes the largest step that still fails, even when a bound such as a
    // compared column's value stops it short of the simplest value.
    List<Object> out = new ArrayList<>();
    if (centre != v && contains(decode(centre))) {
      out.add(decode(centre));
    }
    long distance = v - centre;
    for (long step = distance / 2; step != 0; step /= 2) {
      Object candidate = decode(v - step);
      if (contains(candidate)) {
        out.add(candidate);
      }
    }
    if (distance != 0 && contains(decode(v - Long.signum(distance)))) {
      out.add(decode(v - Long.signum(distance)));
    }
    return out;
  }
}
