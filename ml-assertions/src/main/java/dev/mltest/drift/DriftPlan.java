package dev.mltest.drift;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.Column;
import dev.mltest.data.ColumnType;
import dev.mltest.data.TableSchema;
import dev.mltest.text.NearestNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Decides which columns a drift comparison covers and how each is treated, from the two schemas.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class DriftPlan {
  private DriftPlan() {}

  /**
   * The columns to compare: the listed ones (each must exist on both sides with compatible types),
   * or every column the two share, minus the excluded ones and those of unsupported types.
   */
  public static List<PlannedColumn> columns(
      DriftConfig config, TableSchema reference, TableSchema current) {
    List<PlannedColumn> planned = new ArrayList<>();
    if (!config.columns().isEmpty()) {
      for (String name : config.columns()) {
        planned.add(plan(name, reference, current));
      }
      return planned;
    }
    for (Column column : current.columns()) {
      String name = column.name();
      Optional<Column> ref = reference.column(name);
      if (config.exclude().contains(name) || ref.isEmpty()) {
        continue;
      }
      // The default set leaves out what cannot be compared; only listed columns make that an error.
      if (kind(column.type()) == null || kind(ref.get().type()) == null) {
        continue;
      }
      planned.add(plan(name, reference, current));
    }
    return planned;
  }

  private static PlannedColumn plan(String name, TableSchema reference, TableSchema current) {
    Optional<Column> ref = reference.column(name);
    Optional<Column> cur = current.column(name);
    if (ref.isEmpty() || cur.isEmpty()) {
      String side =
          ref.isEmpty() && cur.isEmpty()
              ? "either dataset"
              : ref.isEmpty() ? "the reference" : "the current dataset";
      TableSchema where = ref.isEmpty() ? reference : current;
      return new PlannedColumn(
          name,
          null,
          "column '%s' is not in %s%s"
              .formatted(name, side, NearestNames.didYouMean(name, where.names())));
    }
    ColumnKind refKind = kind(ref.get().type());
    ColumnKind curKind = kind(cur.get().type());
    if (refKind == null || curKind == null) {
      Column odd = refKind == null ? ref.get() : cur.get();
      return new PlannedColumn(
          name,
          null,
          "unsupported type %s (%s) of column '%s' for drift"
              .formatted(odd.type().key(), odd.nativeType(), name));
    }
    if (refKind != curKind) {
      return new PlannedColumn(
          name,
          null,
          "column '%s' is %s (%s) in the reference but %s (%s) in the current dataset"
              .formatted(
                  name,
                  ref.get().type().key(),
                  ref.get().nativeType(),
                  cur.get().type().key(),
                  cur.get().nativeType()));
    }
    return new PlannedColumn(name, refKind, null, ref.get().type());
  }

  /** Numbers, dates and timestamps are numeric; strings and booleans categorical. */
  static @Nullable ColumnKind kind(ColumnType type) {
    if (type.isNumeric() || type.isTemporal()) {
      return ColumnKind.NUMERIC;
    }
    if (type == ColumnType.STRING || type == ColumnType.BOOLEAN) {
      return ColumnKind.CATEGORICAL;
    }
    return null;
  }
}
