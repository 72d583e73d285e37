package dev.mltest.generate;

import dev.mltest.data.ColumnType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A finite list of valid values (categories, booleans, small enumerated ranges), in order. */
final class SetDomain implements Domain {
  private final ColumnType type;
  private final List<Object> values;
  private final Map<ValueKey, Integer> positions;

  SetDomain(ColumnType type, List<Object> values) {
    this.type = type;
    Map<ValueKey, Object> distinct = new LinkedHashMap<>();
    values.forEach(v -> distinct.putIfAbsent(ValueKey.of(v), v));
    this.values = List.copyOf(distinct.values());
    this.positions = new java.util.HashMap<>();
    for (int i = 0; i < this.values.size(); i++) {
      positions.put(ValueKey.of(this.values.get(i)), i);
    }
  }

  static SetDomain booleans() {
    return new SetDomain(ColumnType.BOOLEAN, List.of(false, true));
  }

  @Override
  public SetDomain excluding(java.util.Set<ValueKey> excluded) {
    return new SetDomain(
        type, values.stream().filter(v -> !excluded.contains(ValueKey.of(v))).toList());
  }

  List<Object> values() {
    return values;
  }

  boolean isEmpty() {
    return values.isEmpty();
  }

  @Override
  public ColumnType type() {
    return type;
  }

  @Override
  public Object draw(Source source) {
    return source.pick(values);
  }

  @Override
  public long size() {
    return values.size();
  }

  @Override
  public boolean contains(Object value) {
    return positions.containsKey(ValueKey.of(value)) && sameType(value);
  }

  private boolean sameType(Object value) {
    return values.isEmpty() || values.get(0).getClass() == value.getClass();
  }

  @Override
  public Object simplest() {
    return values.get(0);
  }

  @Override
  public List<Object> specials() {
    return values;
  }

  @Override
  public Optional<List<Object>> enumerate(int limit) {
    return values.size() <= limit ? Optional.of(values) : Optional.empty();
  }

  @Override
  public Optional<Domain> restrict(@Nullable Bound low, @Nullable Bound high) {
    List<Object> kept = new ArrayList<>();
    for (Object v : values) {
      if (above(v, low) && below(v, high)) {
        kept.add(v);
      }
    }
    return kept.isEmpty() ? Optional.empty() : Optional.of(new SetDomain(type, kept));
  }

  private static boolean above(Object v, @Nullable Bound bound) {
    if (bound == null) {
      return true;
    }
    int c = compare(v, bound.value());
    return bound.strict() ? c > 0 : c >= 0;
  }

  private static boolean below(Object v, @Nullable Bound bound) {
    if (bound == null) {
      return true;
    }
    int c = compare(v, bound.value());
    return bound.strict() ? c < 0 : c <= 0;
  }

  /**
   * Compares numbers numerically and dates or timestamps in time; other pairs cannot be ordered.
   */
  static int compare(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      double dx = x.doubleValue();
      double dy = y.doubleValue();
      // The backend, like IEEE 754, holds -0.0 equal to 0.0.
      return dx == dy ? 0 : Double.compare(dx, dy);
    }
    if (a instanceof LocalDate x && b instanceof LocalDate y) {
      return x.compareTo(y);
    }
    if (a instanceof LocalDateTime x && b instanceof LocalDateTime y) {
      return x.compareTo(y);
    }
    throw new UnsupportedOperationException("cannot order " + a + " and " + b);
  }

  @Override
  public List<Object> simpler(Object value) {
    // Earlier listed values are simpler; a value not listed (an invalid table) has none.
    Integer position = contains(value) ? positions.get(ValueKey.of(value)) : null;
    return position == null ? List.of() : values.subList(0, position);
  }
}
