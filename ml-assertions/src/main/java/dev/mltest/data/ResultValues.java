package dev.mltest.data;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The forms every backend gives a scalar result in, so checks judge them alike whatever computed
 * them: whole numbers as {@code Long} (or {@code BigDecimal} beyond it), floats as {@code Double},
 * dates as {@code LocalDate}, timestamps as {@code LocalDateTime}. A backend turns its own
 * containers (JDBC arrays, Scala sequences) into lists first and passes each element here.
 */
@API(status = INTERNAL, since = "0.2")
public final class ResultValues {
  private ResultValues() {}

  /** The scalar in its common form; anything else is returned as it is. */
  public static @Nullable Object scalar(@Nullable Object value) {
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float f) {
      return f.doubleValue();
    }
    if (value instanceof BigInteger b) {
      return new BigDecimal(b);
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toLocalDateTime();
    }
    return value;
  }
}
