package dev.mltest.expect;

import dev.mltest.data.Column;
import dev.mltest.data.Measure;
import dev.mltest.data.Measurements;
import dev.mltest.data.RowCondition;
import dev.mltest.data.SampleRequest;
import dev.mltest.data.TableSchema;
import dev.mltest.text.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The set of distinct values of a column compared with an expected set. */
final class SetChecks {
  private SetChecks() {}

  static Check distinctValues(ExpectationSpec spec) {
    String column = spec.parameters().string("column");
    String mode = spec.parameters().string("mode");
    List<Object> raw = spec.parameters().valueList("values");
    return new Check() {
      private List<Object> values(TableSchema schema) {
        Column c = schema.column(column).orElseThrow();
        return Values.coerceAll(raw, c, "values");
      }

      private Measure present(TableSchema schema) {
        return new Measure.PresentValues(column, values(schema), spec.whereCondition());
      }

      private RowCondition outside(TableSchema schema) {
        return RowCondition.and(
            RowCondition.notNull(column),
            new RowCondition.Not(new RowCondition.InSet(column, values(schema))));
      }

      private Measure others(TableSchema schema) {
        return new Measure.DistinctCountWhere(column, outside(schema), spec.whereCondition());
      }

      @Override
      public List<ColumnRequirement> requirements() {
        return List.of(new ColumnRequirement(column, ColumnRule.ANY));
      }

      @Override
      public List<Measure> measures(TableSchema schema) {
        return List.of(present(schema), others(schema));
      }

      @Override
      public Judgement judge(Measurements m, TableSchema schema) {
        List<Object> expected = values(schema);
        List<Object> present = m.list(present(schema));
        List<Object> absent = new ArrayList<>();
        for (Object v : expected) {
          if (present.stream().noneMatch(p -> Bounds.compare(p, v) == 0)) {
            absent.add(v);
          }
        }
        long unexpected = m.count(others(schema));
        boolean subsetOk = unexpected == 0;
        boolean supersetOk = absent.isEmpty();
        boolean success =
            switch (mode) {
              case "subset" -> subsetOk;
              case "superset" -> supersetOk;
              default -> subsetOk && supersetOk;
            };
        List<String> parts = new ArrayList<>();
        if (!mode.equals("superset")) {
          parts.add(Formats.count(unexpected) + " distinct values outside the set");
        }
        if (!mode.equals("subset")) {
          parts.add(
              absent.isEmpty() ? "every listed value present" : "missing " + Formats.value(absent));
        }
        String message =
            "%s: distinct values must be %s of %s; %s"
                .formatted(
                    column, describe(mode), Formats.value(expected), String.join(", ", parts));
        return new Judgement(success, unexpected, null, message);
      }

      @Override
      public Optional<SampleRequest> offendingRows(TableSchema schema) {
        if (mode.equals("superset")) {
          // Extra values are allowed; what is wrong is a missing value, which no row shows.
          return Optional.empty();
        }
        return Optional.of(
            new SampleRequest(
                spec.whereCondition(),
                outside(schema),
                List.of(column),
                spec.keyColumns(),
                spec.sampleSize()));
      }
    };
  }

  private static String describe(String mode) {
    return switch (mode) {
      case "subset" -> "a subset";
      case "superset" -> "a superset";
      default -> "equal to the set";
    };
  }

  static Check quantiles(ExpectationSpec spec) {
    String column = spec.parameters().string("column");
    List<QuantileRange> ranges = spec.parameters().quantileRanges("quantiles");
    Measure measure =
        new Measure.Quantiles(
            column, ranges.stream().map(QuantileRange::quantile).toList(), spec.whereCondition());
    return new Check() {
      @Override
      public List<ColumnRequirement> requirements() {
        return List.of(new ColumnRequirement(column, ColumnRule.NUMERIC));
      }

      @Override
      public List<Measure> measures(TableSchema schema) {
        return List.of(measure);
      }

      @Override
      public Judgement judge(Measurements m, TableSchema schema) {
        List<Object> observed = m.list(measure);
        if (observed.isEmpty()) {
          return new Judgement(
              false, null, null, column + ": there is nothing to measure (no non-null values)");
        }
        List<String> failures = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
          QuantileRange r = ranges.get(i);
          double value = ((Number) observed.get(i)).doubleValue();
          Bounds b = Bounds.of(r.min(), r.max());
          String text =
              "q%s = %s %s".formatted(Formats.number(r.quantile()), Formats.number(value), b);
          all.add(text);
          if (!b.contains(value) || Double.isNaN(value)) {
            failures.add(text);
          }
        }
        String message =
            failures.isEmpty()
                ? column + ": quantiles within bounds: " + String.join(", ", all)
                : column + ": quantiles outside bounds: " + String.join(", ", failures);
        return new Judgement(failures.isEmpty(), observed, null, message);
      }
    };
  }
}
