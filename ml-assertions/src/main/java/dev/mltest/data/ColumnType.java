package dev.mltest.data;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The logical type of a column, independent of the backend that reads it.
 *
 * <p>Expectations state which logical types they accept; a suite that applies, say, {@code between}
 * with numeric bounds to a string column gets a precise error instead of a wrong answer.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ColumnType {
  BOOLEAN,
  INTEGER,
  DECIMAL,
  STRING,
  DATE,
  TIMESTAMP,
  OTHER;

  /** Whether values of this type are numbers. */
  public boolean isNumeric() {
    return this == INTEGER || this == DECIMAL;
  }

  /** Whether values of this type are dates or timestamps. */
  public boolean isTemporal() {
    return this == DATE || this == TIMESTAMP;
  }

  /** Whether values of this type have an order that range checks can use. */
  public boolean isOrdered() {
    return isNumeric() || isTemporal() || this == STRING;
  }

  /** The name used in suite files and messages, e.g. {@code integer}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Maps a SQL type name as reported by DuckDB ({@code BIGINT}, {@code DOUBLE}, {@code
   * DECIMAL(18,3)}, {@code VARCHAR}, ...) to a logical type.
   */
  public static ColumnType fromSqlType(String sqlType) {
    String t = sqlType.toUpperCase(Locale.ROOT).trim();
    if (t.startsWith("DECIMAL") || t.startsWith("NUMERIC")) {
      return DECIMAL;
    }
    return switch (t) {
      case "BOOLEAN", "BOOL" -> BOOLEAN;
      case "TINYINT",
          "SMALLINT",
          "INTEGER",
          "INT",
          "BIGINT",
          "HUGEINT",
          "UTINYINT",
          "USMALLINT",
          "UINTEGER",
          "UBIGINT",
          "UHUGEINT" ->
          INTEGER;
      case "FLOAT", "REAL", "DOUBLE" -> DECIMAL;
      case "VARCHAR", "TEXT", "STRING", "UUID" -> STRING;
      case "DATE" -> DATE;
      case "TIMESTAMP",
          "TIMESTAMP WITH TIME ZONE",
          "TIMESTAMPTZ",
          "TIMESTAMP_S",
          "TIMESTAMP_MS",
          "TIMESTAMP_NS" ->
          TIMESTAMP;
      default -> OTHER;
    };
  }

  /** Parses a key from a suite file ({@code integer}, {@code string}, ...), case-insensitively. */
  public static ColumnType fromKey(String key) {
    return valueOf(key.trim().toUpperCase(Locale.ROOT));
  }
}
