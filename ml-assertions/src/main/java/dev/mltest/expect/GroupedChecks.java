package dev.mltest.expect;

import dev.mltest.data.DuplicateStats;
import dev.mltest.data.Measure;
import dev.mltest.data.Measurements;
import dev.mltest.data.RowCondition;
import dev.mltest.data.SampleRequest;
import dev.mltest.data.TableSchema;
import dev.mltest.text.Formats;
import java.util.List;
import java.util.Optional;

/** Checks measured by grouping rows on key columns: uniqueness, primary keys, duplicate rows. */
final class GroupedChecks {
  private GroupedChecks() {}

  /**
   * Values (or value combinations) are unique: every row whose key occurs more than once fails.
   * Rows with a null in a key column are missing.
   */
  static Check unique(ExpectationSpec spec) {
    List<String> columns = spec.parameters().strings("columns");
    return new Grouped(spec, columns) {
      @Override
      public List<Measure> measures(TableSchema schema) {
        return List.of(rows(), nulls(), duplicates(true));
      }

      @Override
      public Judgement judge(Measurements m, TableSchema schema) {
        DuplicateStats d = m.duplicates(duplicates(true));
        Counts counts = new Counts(m.count(rows()), m.count(nulls()), d.rowsInDuplicateGroups());
        double mostly = spec.requiredShare();
        long judged = counts.judgedCount();
        boolean success = counts.meets(mostly);
        String message =
            "%s: %s of %s non-null values are not unique (%s duplicated values; %s)"
                .formatted(
                    subject(),
                    Formats.percent(counts.unexpectedShare()),
                    Formats.count(judged),
                    Formats.count(d.duplicateGroups()),
                    Formats.mostly(mostly));
        return new Judgement(success, counts.unexpectedShare(), counts, message);
      }
    };
  }

  /** Key columns are never null and unique together. */
  static Check primaryKey(ExpectationSpec spec) {
    List<String> columns = spec.parameters().strings("columns");
    return new Grouped(spec, columns) {
      @Override
      public List<Measure> measures(TableSchema schema) {
        return List.of(rows(), nulls(), duplicates(true));
      }

      @Override
      public Judgement judge(Measurements m, TableSchema schema) {
        long nulls = m.count(nulls());
        DuplicateStats d = m.duplicates(duplicates(true));
        Counts counts = new Counts(m.count(rows()), nulls, d.rowsInDuplicateGroups());
        boolean success = nulls == 0 && d.rowsInDuplicateGroups() == 0;
        String message =
            "%s: %s rows have a null key and %s rows share %s duplicated keys (none allowed)"
                .formatted(
                    subject(),
                    Formats.count(nulls),
                    Formats.count(d.rowsInDuplicateGroups()),
                    Formats.count(d.duplicateGroups()));
        return new Judgement(success, d.rowsInDuplicateGroups() + nulls, counts, message);
      }
    };
  }

  /** At most {@code max} surplus copies of rows (over all or the listed columns). */
  static Check duplicateRows(ExpectationSpec spec) {
    List<String> listed =
        spec.parameters().has("columns") ? spec.parameters().strings("columns") : List.of();
    long max = spec.parameters().requiredInteger("max");
    return new Grouped(spec, listed) {
      private List<String> keys(TableSchema schema) {
        return listed.isEmpty() ? schema.names() : listed;
      }

      private Measure.Duplicates all(TableSchema schema) {
        return new Measure.Duplicates(keys(schema), false, spec.whereCondition());
      }

      @Override
      public List<Measure> measures(TableSchema schema) {
        return List.of(rows(), all(schema));
      }

      @Override
      public Judgement judge(Measurements m, TableSchema schema) {
        DuplicateStats d = m.duplicates(all(schema));
        boolean success = d.surplusRows() <= max;
        String message =
            "%s: %s surplus duplicate rows in %s duplicated groups, of %s rows (at most %s allowed)"
                .formatted(
                    listed.isEmpty() ? "all columns" : subject(),
                    Formats.count(d.surplusRows()),
                    Formats.count(d.duplicateGroups()),
                    Formats.count(m.count(rows())),
                    Formats.count(max));
        return new Judgement(success, d.surplusRows(), null, message);
      }

      @Override
      public Optional<SampleRequest> offendingRows(TableSchema schema) {
        return Optional.of(
            new SampleRequest(
                spec.whereCondition(),
                RowCondition.ALWAYS,
                keys(schema),
                spec.keyColumns(),
                spec.sampleSize(),
                keys(schema)));
      }
    };
  }

  private abstract static class Grouped implements Check {
    final ExpectationSpec spec;
    final List<String> columns;

    Grouped(ExpectationSpec spec, List<String> columns) {
      this.spec = spec;
      this.columns = columns;
    }

    @Override
    public List<ColumnRequirement> requirements() {
      return columns.stream().map(c -> new ColumnRequirement(c, ColumnRule.ANY)).toList();
    }

    String subject() {
      return String.join(", ", columns);
    }

    Measure rows() {
      return new Measure.RowCount(spec.whereCondition());
    }

    Measure nulls() {
      return new Measure.CountWhere(spec.whereCondition(), RowCondition.anyNull(columns));
    }

    Measure.Duplicates duplicates(boolean skipNullKeys) {
      return new Measure.Duplicates(columns, skipNullKeys, spec.whereCondition());
    }

    @Override
    public Optional<SampleRequest> offendingRows(TableSchema schema) {
      return Optional.of(
          new SampleRequest(
              spec.whereCondition(),
              RowCondition.allNotNull(columns),
              columns,
              spec.keyColumns(),
              spec.sampleSize(),
              columns));
    }
  }
}
