package dev.mltest.expect;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.BoundTable;
import dev.mltest.data.Column;
import dev.mltest.data.DataAccessException;
import dev.mltest.data.Dataset;
import dev.mltest.data.Measure;
import dev.mltest.data.Measurements;
import dev.mltest.data.RowCondition;
import dev.mltest.data.SampleRequest;
import dev.mltest.data.TableSchema;
import dev.mltest.data.ValueSample;
import dev.mltest.expect.ExpectationResult.Status;
import dev.mltest.history.MetricHistory;
import dev.mltest.text.Formats;
import dev.mltest.text.NearestNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Evaluates a suite of expectations against one table: measure once, judge many times. All measures
 * of all checks are computed together (one scan, plus one grouping query per distinct key that has
 * duplicates or needs a second look at each value); each check then judges its measurements, and
 * only failed per-row checks fetch examples of offending rows.
 *
 * <pre>{@code
 * try (DataBackend backend = DataBackend.duckDb();
 *     BoundTable table = backend.open(Dataset.csv(path))) {
 *   List<ExpectationResult> results = Evaluator.evaluate(table, specs, false);
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Evaluator {
  private static final Measure TOTAL_ROWS = new Measure.RowCount(RowCondition.ALWAYS);

  private Evaluator() {}

  /**
   * Evaluates the specs against the table.
   *
   * @param allowEmpty whether a table with no rows is acceptable; when false, every expectation but
   *     the schema ones and {@code rowCount} fails on an empty table
   * @return one result per spec, in order
   * @throws DataAccessException if the data cannot be read at all
   */
  public static List<ExpectationResult> evaluate(
      BoundTable table, List<ExpectationSpec> specs, boolean allowEmpty) {
    return evaluate(table, specs, allowEmpty, MetricHistory.none());
  }

  /**
   * Evaluates the specs against the table, judging the history-aware ones ({@code change}, {@code
   * anomaly}) against the values of earlier runs.
   *
   * @param history the earlier values of the suite's metrics
   * @see #evaluate(BoundTable, List, boolean)
   */
  public static List<ExpectationResult> evaluate(
      BoundTable table, List<ExpectationSpec> specs, boolean allowEmpty, MetricHistory history) {
    TableSchema schema = table.schema();
    Map<ExpectationSpec, List<Measure>> plan = new LinkedHashMap<>();
    Map<ExpectationSpec, String> problems = new LinkedHashMap<>();
    // Judged once the row count is known: the column types of an empty CSV or JSON file are
    // guesses.
    Map<ExpectationSpec, TypeMismatch> typeMismatches = new LinkedHashMap<>();
    Set<Measure> all = new LinkedHashSet<>(List.of(TOTAL_ROWS));
    List<String> comparedAsText = TextComparedColumns.textColumns(specs);
    for (ExpectationSpec spec : specs) {
      try {
        checkColumns(spec, schema);
        Optional<TypeMismatch> mismatch =
            typeMismatch(spec, schema, table.dataset(), comparedAsText);
        if (mismatch.isPresent()) {
          typeMismatches.put(spec, mismatch.get());
          continue;
        }
        List<Measure> measures = spec.check().measures(schema);
        plan.put(spec, measures);
        all.addAll(measures);
      } catch (ColumnTypeMismatch e) {
        problems.put(
            spec,
            e.getMessage()
                + TypeOverrideHint.of(table.dataset(), e.column(), "VARCHAR", comparedAsText));
      } catch (IllegalArgumentException e) {
        problems.put(spec, e.getMessage());
      }
    }
    Measurements measurements = table.measure(all);
    long totalRows = measurements.count(TOTAL_ROWS);
    List<ExpectationResult> results = new ArrayList<>();
    for (ExpectationSpec spec : specs) {
      if (problems.containsKey(spec)) {
        results.add(error(spec, problems.get(spec)));
      } else if (totalRows == 0 && !allowEmpty && judgesData(spec)) {
        results.add(
            result(
                spec,
                new Judgement(
                    false,
                    null,
                    null,
                    "dataset '%s' has no rows, so %s cannot be judged (set 'allowEmpty: true' on the suite if empty data is valid)"
                        .formatted(table.dataset().name(), spec.name())),
                List.of()));
      } else if (typeMismatches.containsKey(spec)) {
        String hint = totalRows == 0 ? " (the dataset has no rows to infer column types from)" : "";
        TypeMismatch mismatch = typeMismatches.get(spec);
        results.add(error(spec, mismatch.message() + hint + mismatch.override()));
      } else {
        List<Measure> measures =
            Objects.requireNonNull(plan.get(spec), "a spec without a problem has its measures");
        results.add(judge(table, spec, measures, measurements, schema, history));
      }
    }
    return results;
  }

  private static boolean judgesData(ExpectationSpec spec) {
    return spec.type().kind() != ExpectationKind.SCHEMA && !spec.type().key().equals("rowCount");
  }

  private static ExpectationResult judge(
      BoundTable table,
      ExpectationSpec spec,
      List<Measure> measures,
      Measurements m,
      TableSchema schema,
      MetricHistory history) {
    for (Measure measure : measures) {
      Optional<String> failure = m.failure(measure);
      if (failure.isPresent()) {
        String hint =
            spec.where() == null ? "" : " (check the expression and 'where: " + spec.where() + "')";
        return error(spec, "cannot evaluate " + spec.name() + ": " + failure.get() + hint);
      }
    }
    if (spec.check() instanceof HistoryCheck historyCheck) {
      HistoryCheck.Verdict verdict = historyCheck.judge(m, history);
      ExpectationResult judged = result(spec, verdict.judgement(), List.of());
      return verdict.warning() ? asWarning(judged) : judged;
    }
    Judgement judgement = spec.check().judge(m, schema);
    List<ValueSample> samples = List.of();
    String message = judgement.message();
    boolean anyOffending = judgement.counts() == null || judgement.counts().unexpectedCount() > 0;
    List<ValueSample> measured =
        judgement.success() ? List.of() : spec.check().measuredOffendingValues(m);
    if (!measured.isEmpty()) {
      samples = measured;
    } else if (!judgement.success() && spec.sampleSize() > 0 && anyOffending) {
      Optional<SampleRequest> request = spec.check().offendingRows(schema, m);
      if (request.isPresent()) {
        try {
          samples = table.sample(request.get());
          message += examples(samples, isNumeric(request.get().valueColumns(), schema));
        } catch (DataAccessException e) {
          message += " (offending rows could not be fetched: " + e.getMessage() + ")";
        }
      }
    }
    return result(
        spec,
        new Judgement(judgement.success(), judgement.observedValue(), judgement.counts(), message),
        samples);
  }

  private static boolean isNumeric(List<String> columns, TableSchema schema) {
    return columns.size() == 1
        && schema.column(columns.get(0)).map(c -> c.type().isNumeric()).orElse(false);
  }

  private static String display(String value, boolean numeric) {
    if (numeric) {
      try {
        return Formats.number(Double.parseDouble(value));
      } catch (NumberFormatException e) {
        return value;
      }
    }
    // Already shown by ValueText: quoted, escaped and cut by the backend.
    return value;
  }

  private static String examples(List<ValueSample> samples, boolean numeric) {
    if (samples.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (ValueSample s : samples.subList(0, Math.min(5, samples.size()))) {
      String where = s.firstKey() != null ? s.firstKey() : "row " + s.firstRow();
      String value = display(s.value(), numeric);
      parts.add(
          s.count() == 1
              ? "%s (%s)".formatted(value, where)
              : "%s (%s rows, first %s)".formatted(value, Formats.count(s.count()), where));
    }
    return "; e.g. " + String.join(", ", parts) + (samples.size() > 5 ? ", ..." : "");
  }

  private static void checkColumns(ExpectationSpec spec, TableSchema schema) {
    for (Check.ColumnRequirement r : spec.check().requirements()) {
      requireColumn(r.column(), schema, spec);
    }
    for (String key : spec.keyColumns()) {
      requireColumn(key, schema, spec);
    }
  }

  /** A column of a type the expectation cannot judge, and how to read it as another type. */
  private record TypeMismatch(String message, String override) {}

  private static Optional<TypeMismatch> typeMismatch(
      ExpectationSpec spec, TableSchema schema, Dataset dataset, List<String> comparedAsText) {
    for (Check.ColumnRequirement r : spec.check().requirements()) {
      Column column = requireColumn(r.column(), schema, spec);
      if (!r.rule().accepts(column)) {
        return Optional.of(
            new TypeMismatch(
                "'%s' needs %s, but '%s' is %s (%s)"
                    .formatted(
                        spec.type().key(),
                        r.rule().description(),
                        column.name(),
                        column.type().key(),
                        column.nativeType()),
                TypeOverrideHint.of(dataset, column, r.rule().suggestedType(), comparedAsText)));
      }
    }
    return Optional.empty();
  }

  private static Column requireColumn(String name, TableSchema schema, ExpectationSpec spec) {
    return schema
        .column(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown column '%s' in %s%s; columns: %s"
                        .formatted(
                            name,
                            spec.name(),
                            NearestNames.didYouMean(name, schema.names()),
                            String.join(", ", schema.names()))));
  }

  private static ExpectationResult error(ExpectationSpec spec, String message) {
    return new ExpectationResult(
        spec.name(),
        spec.type().key(),
        spec.columns(),
        spec.severity(),
        Status.ERROR,
        null,
        null,
        spec.mostly(),
        List.of(),
        message);
  }

  /** Too little history under {@code insufficientHistory: warn}: fails as a warning only. */
  private static ExpectationResult asWarning(ExpectationResult r) {
    return new ExpectationResult(
        r.name(),
        r.key(),
        r.columns(),
        Severity.WARN,
        r.status(),
        r.observedValue(),
        r.counts(),
        r.mostly(),
        r.samples(),
        r.message());
  }

  private static ExpectationResult result(
      ExpectationSpec spec, Judgement j, List<ValueSample> samples) {
    return new ExpectationResult(
        spec.name(),
        spec.type().key(),
        spec.columns(),
        spec.severity(),
        j.success() ? Status.PASSED : Status.FAILED,
        j.observedValue(),
        j.counts(),
        spec.mostly(),
        samples,
        j.message());
  }
}
