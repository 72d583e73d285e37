package dev.mltest.expect;

import dev.mltest.data.Column;
import dev.mltest.data.Measure;
import dev.mltest.data.Measurements;
import dev.mltest.data.RowCondition;
import dev.mltest.data.TableSchema;
import dev.mltest.drift.DriftMethod;
import dev.mltest.drift.StoredShares;
import dev.mltest.text.Formats;
import java.util.ArrayList;
import java.util.List;

/**
 * A column's distribution against one stored in the suite. Each bucket is a count in the shared
 * scan; values in no bucket (new categories, values outside the histogram) form one more bucket
 * whose stored share is 0, so they count as drift.
 */
final class DistributionCheck implements Check {
  private static final int SHOWN_BUCKETS = 8;

  private final ExpectationSpec spec;
  private final String column;
  private final StoredDistribution stored;
  private final DriftMethod method;
  private final double threshold;

  DistributionCheck(ExpectationSpec spec) {
    this.spec = spec;
    Parameters p = spec.parameters();
    this.column = p.string("column");
    Object categories = p.get("categories");
    Object histogram = p.get("histogram");
    if ((categories == null) == (histogram == null)) {
      throw new ParameterException(
          categories == null ? "categories" : "histogram",
          "'distributionMatches' needs exactly one of 'categories' and 'histogram'");
    }
    this.stored = (StoredDistribution) (categories != null ? categories : histogram);
    this.method = DriftMethod.fromKey(p.string("method"));
    Double given = p.number("threshold");
    this.threshold = given == null ? method.defaultThreshold() : given;
  }

  @Override
  public List<ColumnRequirement> requirements() {
    return List.of(
        new ColumnRequirement(column, stored.isHistogram() ? ColumnRule.NUMERIC : ColumnRule.ANY));
  }

  private Measure values() {
    return new Measure.CountWhere(spec.whereCondition(), RowCondition.notNull(column));
  }

  private List<Measure> buckets(TableSchema schema) {
    List<Measure> buckets = new ArrayList<>();
    List<Double> edges = stored.edges();
    for (int i = 0; i < stored.labels().size(); i++) {
      RowCondition in;
      if (stored.isHistogram()) {
        boolean last = i + 2 == edges.size();
        in = new RowCondition.Between(column, edges.get(i), edges.get(i + 1), false, !last);
      } else {
        Column c = schema.column(column).orElseThrow();
        in =
            new RowCondition.InSet(
                column, List.of(Values.coerce(stored.labels().get(i), c, "categories")));
      }
      buckets.add(new Measure.CountWhere(spec.whereCondition(), in));
    }
    return buckets;
  }

  @Override
  public List<Measure> measures(TableSchema schema) {
    List<Measure> all = new ArrayList<>(buckets(schema));
    all.add(values());
    return all;
  }

  @Override
  public Judgement judge(Measurements m, TableSchema schema) {
    long total = m.count(values());
    if (total == 0) {
      return new Judgement(
          false, null, null, column + ": there is nothing to measure (no non-null values)");
    }
    List<Measure> buckets = buckets(schema);
    int n = buckets.size();
    double[] reference = new double[n + 1];
    long[] current = new long[n + 1];
    long inBuckets = 0;
    for (int i = 0; i < n; i++) {
      reference[i] = stored.shares().get(i);
      current[i] = m.count(buckets.get(i));
      inBuckets += current[i];
    }
    current[n] = total - inBuckets;
    double score = StoredShares.score(method, reference, current);
    boolean drift = method.isDrift(score, threshold);
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < n && shown.size() < SHOWN_BUCKETS; i++) {
      shown.add(
          "%s %s (stored %s)"
              .formatted(
                  Formats.value(stored.labels().get(i)),
                  Formats.percent((double) current[i] / total),
                  Formats.percent(reference[i])));
    }
    if (current[n] > 0) {
      shown.add(
          "%s %s (stored 0%%)"
              .formatted(
                  stored.isHistogram() ? "outside the edges" : "other values",
                  Formats.percent((double) current[n] / total)));
    }
    String message =
        "%s: %s %s against the stored %s (drift when %s %s %s); current shares: %s"
            .formatted(
                column,
                method.displayName(),
                Formats.number(score),
                stored.isHistogram() ? "histogram" : "category shares",
                method.scoreKind().name().equals("P_VALUE") ? "p" : "score",
                method.comparison().symbol(),
                Formats.number(threshold),
                String.join(", ", shown));
    return new Judgement(!drift, score, null, message);
  }
}
