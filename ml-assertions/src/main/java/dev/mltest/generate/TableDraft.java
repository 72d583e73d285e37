package dev.mltest.generate;

import dev.mltest.data.Column;
import dev.mltest.data.ColumnType;
import dev.mltest.data.Dataset;
import dev.mltest.data.InMemoryTable;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A table being generated or broken: columns and rows that can still change. */
final class TableDraft {
  private final List<String> names;
  private final List<ColumnType> types;
  private final List<List<@Nullable Object>> rows;

  TableDraft(List<String> names, List<ColumnType> types, List<List<@Nullable Object>> rows) {
    this.names = new ArrayList<>(names);
    this.types = new ArrayList<>(types);
    this.rows = new ArrayList<>();
    rows.forEach(r -> this.rows.add(new ArrayList<>(r)));
  }

  static TableDraft of(InMemoryTable table) {
    return new TableDraft(
        table.columns().stream().map(Column::name).toList(),
        table.columns().stream().map(Column::type).toList(),
        table.rows());
  }

  int size() {
    return rows.size();
  }

  List<String> names() {
    return names;
  }

  int index(String column) {
    int i = names.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("no column " + column);
    }
    return i;
  }

  ColumnType type(String column) {
    return types.get(index(column));
  }

  @Nullable Object get(int row, String column) {
    return rows.get(row).get(index(column));
  }

  void set(int row, String column, @Nullable Object value) {
    rows.get(row).set(index(column), value);
  }

  List<@Nullable Object> row(int row) {
    return rows.get(row);
  }

  void truncate(int size) {
    rows.subList(size, rows.size()).clear();
  }

  void addRow(List<@Nullable Object> row) {
    rows.add(new ArrayList<>(row));
  }

  void dropColumn(String column) {
    int i = index(column);
    names.remove(i);
    types.remove(i);
    rows.forEach(r -> r.remove(i));
  }

  /** Changes a column's declared type; its values must already fit the new type. */
  void retype(String column, ColumnType type) {
    types.set(index(column), type);
  }

  InMemoryTable toTable(String name) {
    InMemoryTable.Builder builder = Dataset.table(name);
    for (int i = 0; i < names.size(); i++) {
      builder.column(names.get(i), types.get(i));
    }
    for (List<@Nullable Object> row : rows) {
      builder.row(row.toArray());
    }
    return builder.build();
  }
}
