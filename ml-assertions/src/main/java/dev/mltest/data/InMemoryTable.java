package dev.mltest.data;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A small table built in Java, for unit tests of preprocessing code and for generated data.
 *
 * <p>Values are {@code null}, {@link Boolean}, {@link Number}, {@link String}, {@link
 * java.time.LocalDate} or {@link java.time.LocalDateTime}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class InMemoryTable implements Dataset {
  private final String name;
  private final List<Column> columns;
  private final List<List<@Nullable Object>> rows;

  private InMemoryTable(String name, List<Column> columns, List<List<@Nullable Object>> rows) {
    this.name = name;
    this.columns = List.copyOf(columns);
    this.rows = Collections.unmodifiableList(rows);
  }

  @Override
  public String name() {
    return name;
  }

  /** The declared columns. */
  public List<Column> columns() {
    return columns;
  }

  /** The rows, each as many values as there are columns. */
  public List<List<@Nullable Object>> rows() {
    return rows;
  }

  @Override
  public String toString() {
    return "InMemoryTable[" + name + ", " + columns.size() + " columns, " + rows.size() + " rows]";
  }

  /** Builds an {@link InMemoryTable}; obtain one from {@link Dataset#table(String)}. */
  public static final class Builder {
    private final String name;
    private final List<Column> columns = new ArrayList<>();
    private final List<List<@Nullable Object>> rows = new ArrayList<>();

    Builder(String name) {
      this.name = requireNonNull(name, "name");
    }

    /** Adds a column; all columns must be declared before the first row. */
    public Builder column(String columnName, ColumnType type) {
      if (!rows.isEmpty()) {
        throw new IllegalStateException("declare all columns before adding rows");
      }
      columns.add(new Column(columnName, type, sqlType(type)));
      return this;
    }

    /** Adds a row with one value per declared column. */
    public Builder row(@Nullable Object... values) {
      if (values.length != columns.size()) {
        throw new IllegalArgumentException(
            "row %d has %d values but the table has %d columns"
                .formatted(rows.size() + 1, values.length, columns.size()));
      }
      rows.add(Collections.unmodifiableList(new ArrayList<>(Arrays.asList(values))));
      return this;
    }

    /** The finished table. */
    public InMemoryTable build() {
      return new InMemoryTable(name, columns, new ArrayList<>(rows));
    }

    private static String sqlType(ColumnType type) {
      return switch (type) {
        case BOOLEAN -> "BOOLEAN";
        case INTEGER -> "BIGINT";
        case DECIMAL -> "DOUBLE";
        case STRING, OTHER -> "VARCHAR";
        case DATE -> "DATE";
        case TIMESTAMP -> "TIMESTAMP";
      };
    }
  }
}
