package dev.mltest.expect;

import dev.mltest.data.Measure;
import dev.mltest.data.Measurements;
import dev.mltest.data.RowCondition;
import dev.mltest.data.SampleRequest;
import dev.mltest.data.TableSchema;
import dev.mltest.data.ZScoreStats;
import dev.mltest.text.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Values within {@code k} standard deviations of the mean. The mean and standard deviation are
 * measured with the outliers in one pass of its own; the offending rows are then those outside
 * {@code mean ± k·stdev}, which the measured values make a plain range.
 */
final class ZScoreCheck implements Check {
  private final ExpectationSpec spec;
  private final String column;
  private final double k;
  private final boolean doubleSided;
  private final Measure.ZScoreOutliers measure;

  ZScoreCheck(ExpectationSpec spec) {
    this.spec = spec;
    this.column = spec.parameters().string("column");
    this.k = spec.parameters().requiredNumber("k");
    this.doubleSided = spec.parameters().flag("doubleSided");
    if (!(k > 0) || Double.isInfinite(k)) {
      throw new ParameterException("k", "k must be a positive number, found " + Formats.number(k));
    }
    this.measure = new Measure.ZScoreOutliers(column, k, doubleSided, spec.whereCondition());
  }

  @Override
  public List<ColumnRequirement> requirements() {
    return List.of(new ColumnRequirement(column, ColumnRule.NUMERIC));
  }

  private Measure elements() {
    return new Measure.RowCount(spec.whereCondition());
  }

  @Override
  public List<Measure> measures(TableSchema schema) {
    return List.of(elements(), measure);
  }

  @Override
  public Judgement judge(Measurements m, TableSchema schema) {
    ZScoreStats stats =
        (ZScoreStats)
            Objects.requireNonNull(m.value(measure), "a z-score measure always has a value");
    long elements = m.count(elements());
    Counts counts = new Counts(elements, elements - stats.values(), stats.outliers());
    double mostly = spec.requiredShare();
    long judged = counts.judgedCount();
    boolean success = counts.meets(mostly);
    String against =
        stats.mean() == null || stats.stdev() == null
            ? "fewer than two finite values, so only non-finite ones are outliers"
            : "mean %s, standard deviation %s"
                .formatted(Formats.number(stats.mean()), Formats.number(stats.stdev()));
    String message =
        judged == 0
            ? "%s: no non-null values to check (%s rows considered)"
                .formatted(column, Formats.count(elements))
            : "%s: %s of %s non-null values have %s ≥ %s (%s) (%s)"
                .formatted(
                    column,
                    Formats.percent(counts.unexpectedShare()),
                    Formats.count(judged),
                    doubleSided ? "|z|" : "z",
                    Formats.number(k),
                    against,
                    Formats.mostly(mostly));
    return new Judgement(success, counts.unexpectedShare(), counts, message);
  }

  @Override
  public boolean listsOffendingRows(TableSchema schema) {
    return true;
  }

  @Override
  public Optional<SampleRequest> offendingRows(TableSchema schema, Measurements m) {
    ZScoreStats stats =
        (ZScoreStats)
            Objects.requireNonNull(m.value(measure), "a z-score measure always has a value");
    if (stats.mean() == null || stats.stdev() == null || stats.stdev() == 0) {
      return Optional.empty();
    }
    double mean = stats.mean();
    double reach = k * stats.stdev();
    // Outliers are the values at or beyond mean ± k·stdev, and the non-finite ones.
    List<RowCondition> beyond = new ArrayList<>();
    beyond.add(new RowCondition.Between(column, mean + reach, null, false, false));
    if (doubleSided) {
      beyond.add(new RowCondition.Between(column, null, mean - reach, false, false));
    }
    beyond.add(
        new RowCondition.Not(
            new RowCondition.Between(
                column, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, true, true)));
    RowCondition offending =
        RowCondition.and(RowCondition.notNull(column), new RowCondition.Or(beyond));
    return Optional.of(
        new SampleRequest(
            spec.whereCondition(),
            offending,
            List.of(column),
            spec.keyColumns(),
            spec.sampleSize()));
  }
}
