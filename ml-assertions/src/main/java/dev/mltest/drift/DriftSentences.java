package dev.mltest.drift;

import dev.mltest.text.Formats;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The sentences that say what a drift comparison decided, written once here for the engine's test
 * messages and the AssertJ assertions alike; the result types expose them ({@link
 * ColumnDriftResult#sentence()}, {@link ColumnVerdict#sentence}, {@link
 * DriftReport#datasetSentence()}).
 */
final class DriftSentences {
  private DriftSentences() {}

  /**
   * The column's sentence: decision, method, score against threshold (and the corrected p-value),
   * the effect size against its threshold, sizes, dropped values, missing values, new categories
   * and a note, e.g. {@code amount: drift detected by K-S p_value: 6.28e-87 <= 0.05 (reference 400
   * values, current 400)}.
   */
  static String column(
      ColumnDriftResult r, @Nullable ColumnVerdict verdict, @Nullable String note) {
    double adjustedScore = verdict == null ? r.score() : verdict.adjustedScore();
    boolean adjusted = adjustedScore != r.score();
    double judged = adjusted ? adjustedScore : r.score();
    boolean significant = r.comparison().holds(judged, r.threshold());
    String score =
        adjusted
            ? "%s (corrected across columns: %s)"
                .formatted(Formats.number(r.score()), Formats.number(adjustedScore))
            : Formats.number(r.score());
    String effect = "";
    if (r.effect() != null) {
      boolean material = r.effect().material();
      effect =
          "%s %s %s %s %s%s"
              .formatted(
                  significant == material ? ", and" : ", but",
                  r.effect().measure().displayName(),
                  Formats.number(r.effect().value()),
                  material ? ">=" : "<",
                  Formats.number(r.effect().threshold()),
                  material ? "" : " (too small to matter)");
    }
    long newCount = r.newCategoryCount();
    Missingness missing = verdict == null ? null : verdict.missingness();
    boolean values = significant && (r.effect() == null || r.effect().material());
    String decision =
        missing != null && missing.drifted() && !values
            ? "drift detected in missing values; values: no drift"
            : r.drifted() ? "drift detected" : "no drift";
    return "%s: %s by %s: %s %s %s%s (reference %s values, current %s%s)%s%s%s%s"
        .formatted(
            r.column(),
            decision,
            r.method().displayName(),
            score,
            significant ? r.comparison().symbol() : r.comparison().negatedSymbol(),
            Formats.number(r.threshold()),
            effect,
            Formats.count(r.reference().size()),
            Formats.count(r.current().size()),
            r.reference().dropped() + r.current().dropped() == 0
                ? ""
                : "; dropped %s NaN/infinite/null"
                    .formatted(Formats.count(r.reference().dropped() + r.current().dropped())),
            missing == null ? "" : missingness(missing),
            r.newCategories().isEmpty()
                ? ""
                : "; new categories: "
                    + String.join(
                        ", ", r.newCategories().subList(0, Math.min(10, r.newCategories().size())))
                    + (newCount > 10 ? " and %s more".formatted(Formats.count(newCount - 10)) : ""),
            note == null ? "" : "; " + note,
            r.approximation() == null ? "" : "; " + r.approximation().sentence());
  }

  /**
   * {@code ; missing values changed: 2.0% of 1,000 reference rows, 30.0% of 1,000 current rows
   * (difference 0.28 >= 0.05), two-proportion z-test p-value 1.2e-50 < 0.05}.
   */
  private static String missingness(Missingness m) {
    boolean adjusted = m.adjustedPValue() != m.pValue();
    boolean significant = m.adjustedPValue() < m.alpha();
    return "; missing values %s: %s of %s reference rows, %s of %s current rows (difference %s %s %s%s), two-proportion z-test p-value %s %s %s"
        .formatted(
            m.drifted() ? "changed" : "unchanged",
            Formats.percent(m.referenceShare()),
            Formats.count(m.referenceRows()),
            Formats.percent(m.currentShare()),
            Formats.count(m.currentRows()),
            Formats.number(m.difference()),
            m.material() ? ">=" : "<",
            Formats.number(m.threshold()),
            m.material() ? "" : ", too small to matter",
            adjusted
                ? "%s (corrected across columns: %s)"
                    .formatted(Formats.number(m.pValue()), Formats.number(m.adjustedPValue()))
                : Formats.number(m.pValue()),
            significant ? "<" : ">=",
            Formats.number(m.alpha()));
  }

  /**
   * {@code dataset drift: 2 of 5 columns drifted (40.0%), limit 50.0%: a, b}, with the correction,
   * the columns that could not be compared and the excluded ones.
   */
  static String dataset(DatasetDriftResult d, List<String> failed, List<String> excluded) {
    List<String> drifted =
        d.columns().stream().filter(ColumnVerdict::drifted).map(v -> v.result().column()).toList();
    return "dataset drift: %d of %d columns drifted (%s), limit %s%s%s%s%s"
        .formatted(
            d.driftedColumns(),
            d.columnCount(),
            Formats.percent(d.shareOfDriftedColumns()),
            Formats.percent(d.driftShare()),
            d.correction().key().equals("none") ? "" : ", " + d.correction().key() + " correction",
            drifted.isEmpty() ? "" : ": " + String.join(", ", drifted),
            failed.isEmpty() ? "" : "; not compared: " + String.join(", ", failed),
            excluded.isEmpty()
                ? ""
                : "; excluded (list under 'include' to compare): " + String.join("; ", excluded));
  }
}
