package dev.mltest.expect;

import dev.mltest.data.Column;
import dev.mltest.data.ColumnType;
import dev.mltest.data.Measure;
import dev.mltest.data.Measurements;
import dev.mltest.data.TableSchema;
import dev.mltest.text.NearestNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Checks of the table's shape, judged from its schema without a scan. */
final class SchemaChecks {
  private SchemaChecks() {}

  /** Columns match a set or an ordered list, with or without extra columns. */
  static Check columns(ExpectationSpec spec) {
    List<String> expected = spec.parameters().strings("names");
    boolean ordered = spec.parameters().flag("ordered");
    boolean allowExtra = spec.parameters().flag("allowExtra");
    return new SchemaOnly() {
      @Override
      public Judgement judge(Measurements m, TableSchema schema) {
        List<String> actual = schema.names();
        Set<String> missing = new LinkedHashSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new LinkedHashSet<>(actual);
        extra.removeAll(expected);
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
          problems.add("missing " + missing.stream().map(c -> hinted(c, extra)).toList());
        }
        if (!allowExtra && !extra.isEmpty()) {
          problems.add("unexpected " + extra);
        }
        if (ordered && missing.isEmpty()) {
          List<String> inOrder = actual.stream().filter(expected::contains).toList();
          if (!inOrder.equals(expected)) {
            problems.add("order is " + inOrder + ", expected " + expected);
          }
        }
        String message =
            problems.isEmpty()
                ? "columns %s match %s".formatted(actual, expected)
                : "columns %s do not match %s: %s"
                    .formatted(actual, expected, String.join("; ", problems));
        return new Judgement(problems.isEmpty(), actual, null, message);
      }
    };
  }

  /** The number of columns lies within bounds. */
  static Check columnCount(ExpectationSpec spec) {
    Long min = spec.parameters().integer("min");
    Long max = spec.parameters().integer("max");
    if (min == null && max == null) {
      throw new ParameterException("min", "'columnCount' needs 'min', 'max' or both");
    }
    if (min != null && max != null && min > max) {
      throw new ParameterException("min", "min %d is greater than max %d".formatted(min, max));
    }
    Bounds bounds = Bounds.of(min, max);
    return new SchemaOnly() {
      @Override
      public Judgement judge(Measurements m, TableSchema schema) {
        long count = schema.names().size();
        return new Judgement(
            bounds.contains(count),
            count,
            null,
            "column count is %d (expected %s)".formatted(count, bounds));
      }
    };
  }

  /** A column exists. */
  static Check columnExists(ExpectationSpec spec) {
    String column = spec.parameters().string("column");
    return new SchemaOnly() {
      @Override
      public Judgement judge(Measurements m, TableSchema schema) {
        boolean exists = schema.column(column).isPresent();
        String message =
            exists
                ? "column '%s' exists".formatted(column)
                : "column '%s' does not exist%s; columns: %s"
                    .formatted(
                        column, NearestNames.didYouMean(column, schema.names()), schema.names());
        return new Judgement(exists, exists, null, message);
      }
    };
  }

  /** A column has a logical type. */
  static Check columnType(ExpectationSpec spec) {
    String column = spec.parameters().string("column");
    ColumnType expected = ColumnType.fromKey(spec.parameters().string("type"));
    return new SchemaOnly() {
      @Override
      public List<ColumnRequirement> requirements() {
        return List.of(new ColumnRequirement(column, ColumnRule.ANY));
      }

      @Override
      public Judgement judge(Measurements m, TableSchema schema) {
        Column c = schema.column(column).orElseThrow();
        boolean success = c.type() == expected;
        return new Judgement(
            success,
            c.type().key(),
            null,
            "column '%s' is %s (%s), expected %s"
                .formatted(column, c.type().key(), c.nativeType(), expected.key()));
      }
    };
  }

  private static String hinted(String column, Set<String> candidates) {
    List<String> near = NearestNames.nearest(column, candidates);
    return near.isEmpty() ? column : column + " (did you mean '" + near.get(0) + "'?)";
  }

  private abstract static class SchemaOnly implements Check {
    @Override
    public List<ColumnRequirement> requirements() {
      return List.of();
    }

    @Override
    public List<Measure> measures(TableSchema schema) {
      return List.of();
    }
  }
}
