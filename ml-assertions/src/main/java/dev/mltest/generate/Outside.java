package dev.mltest.generate;

import dev.mltest.data.ColumnType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Values just outside a bound, in a column's type: the values range checks must reject. */
final class Outside {
  private Outside() {}

  /**
   * A value that fails {@code value ≥ bound} (or {@code value > bound} when strict): just below it,
   * or the bound itself when strict.
   */
  static Optional<Object> below(ColumnType type, Object written, boolean strict) {
    Optional<Object> bound = TypeInference.bound(written, type);
    if (bound.isEmpty()) {
      return Optional.empty();
    }
    Object b = bound.get();
    return switch (type) {
      case INTEGER -> {
        double d = ((Number) b).doubleValue();
        boolean whole = b instanceof Long || d == Math.rint(d);
        long base = b instanceof Long l ? l : (long) Math.floor(d);
        if (strict || !whole) {
          yield Optional.of(base);
        }
        yield base == Long.MIN_VALUE ? Optional.empty() : Optional.of(base - 1);
      }
      case DECIMAL -> {
        double d = ((Number) b).doubleValue();
        yield Optional.of(strict ? d : Math.nextDown(d));
      }
      case DATE -> Optional.of(strict ? b : ((LocalDate) b).minusDays(1));
      case TIMESTAMP -> {
        LocalDateTime t = ((LocalDateTime) b).truncatedTo(ChronoUnit.SECONDS);
        yield Optional.of(strict && t.equals(b) ? t : t.equals(b) ? t.minusSeconds(1) : t);
      }
      default -> Optional.empty();
    };
  }

  /**
   * A value that fails {@code value ≤ bound} (or {@code value < bound} when strict): just above it,
   * or the bound itself when strict.
   */
  static Optional<Object> above(ColumnType type, Object written, boolean strict) {
    Optional<Object> bound = TypeInference.bound(written, type);
    if (bound.isEmpty()) {
      return Optional.empty();
    }
    Object b = bound.get();
    return switch (type) {
      case INTEGER -> {
        double d = ((Number) b).doubleValue();
        boolean whole = b instanceof Long || d == Math.rint(d);
        long base = b instanceof Long l ? l : (long) Math.ceil(d);
        if (strict || !whole) {
          yield Optional.of(base);
        }
        yield base == Long.MAX_VALUE ? Optional.empty() : Optional.of(base + 1);
      }
      case DECIMAL -> {
        double d = ((Number) b).doubleValue();
        yield Optional.of(strict ? d : Math.nextUp(d));
      }
      case DATE -> Optional.of(strict ? b : ((LocalDate) b).plusDays(1));
      case TIMESTAMP -> {
        LocalDateTime t = ((LocalDateTime) b).truncatedTo(ChronoUnit.SECONDS);
        yield Optional.of(strict && t.equals(b) ? t : t.plusSeconds(1));
      }
      default -> Optional.empty();
    };
  }
}
