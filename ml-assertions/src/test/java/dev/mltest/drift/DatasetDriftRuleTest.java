package dev.mltest.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetDriftRuleTest {
  private static final SampleSummary SIDE = new SampleSummary(100, 0, 0, 0, 100, 0);
  private static final Ties NO_TIES = new Ties(0, 0, 0, false);

  private static ColumnDriftResult column(String name, DriftMethod method, double score) {
    double threshold = method.defaultThreshold();
    return new ColumnDriftResult(
        name,
        ColumnKind.NUMERIC,
        method,
        method.scoreKind(),
        score,
        score,
        method.scoreKind() == ScoreKind.P_VALUE ? PValueComputation.EXACT : PValueComputation.NONE,
        method.comparison(),
        threshold,
        method.isDrift(score, threshold),
        SIDE,
        SIDE,
        NO_TIES,
        new Binning.None(),
        List.of());
  }

  @Test
  void halfOfTheColumnsDriftingIsDatasetDrift() {
    List<ColumnDriftResult> columns =
        List.of(
            column("a", DriftMethod.KS, 0.01),
            column("b", DriftMethod.WASSERSTEIN, 0.25),
            column("c", DriftMethod.KS, 0.4),
            column("d", DriftMethod.WASSERSTEIN, 0.02));

    DatasetDriftResult result = DatasetDriftRule.evidentlyDefaults().judge(columns);

    assertThat(result.driftedColumns()).isEqualTo(2);
    assertThat(result.columnCount()).isEqualTo(4);
    assertThat(result.shareOfDriftedColumns()).isEqualTo(0.5);
    assertThat(result.datasetDrift()).isTrue();
    assertThat(result.driftShare()).isEqualTo(0.5);
    assertThat(result.columns())
        .extracting(ColumnVerdict::drifted)
        .containsExactly(true, true, false, false);
  }

  @Test
  void lessThanTheShareIsNoDatasetDrift() {
    List<ColumnDriftResult> columns =
        List.of(
            column("a", DriftMethod.KS, 0.01),
            column("b", DriftMethod.KS, 0.3),
            column("c", DriftMethod.KS, 0.6));

    assertThat(DatasetDriftRule.evidentlyDefaults().judge(columns).datasetDrift()).isFalse();
    assertThat(
            DatasetDriftRule.evidentlyDefaults().withDriftShare(0.3).judge(columns).datasetDrift())
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -0.1, 1.01, Double.NaN})
  void aDriftShareOutsideZeroToOneIsRejected(double share) {
    assertThatThrownBy(() -> DatasetDriftRule.evidentlyDefaults().withDriftShare(share))
        .isInstanceOfSatisfying(
            DriftInputException.class,
            e -> assertThat(e.problem()).isEqualTo(DriftInputException.Problem.INVALID_THRESHOLD));
  }

  @Test
  void noColumnsIsAnError() {
    assertThatThrownBy(() -> DatasetDriftRule.evidentlyDefaults().judge(List.of()))
        .isInstanceOfSatisfying(
            DriftInputException.class,
            e -> assertThat(e.problem()).isEqualTo(DriftInputException.Problem.NO_COLUMNS));
  }

  @Test
  void correctionsMatchTheReferenceAdjustments() {
    GoldenValues golden = GoldenValues.get();
    double[] pValues = golden.numbers("corrections", "input", "pvalues");

    assertThat(Correction.BONFERRONI.adjust(pValues))
        .containsExactly(golden.numbers("corrections", "bonferroni", "adjusted"), offset(1e-15));
    assertThat(Correction.BENJAMINI_HOCHBERG.adjust(pValues))
        .containsExactly(golden.numbers("corrections", "fdr", "adjusted"), offset(1e-15));
    assertThat(Correction.NONE.adjust(pValues)).containsExactly(pValues);
  }

  @Test
  void correctionsApplyToPValueColumnsOnlyAndDecideTheirDrift() {
    List<ColumnDriftResult> columns = new ArrayList<>();
    for (double p : GoldenValues.get().numbers("corrections", "input", "pvalues")) {
      columns.add(column("p" + p, DriftMethod.CHISQUARE, p));
    }
    columns.add(column("distance", DriftMethod.JENSENSHANNON, 0.15));

    DatasetDriftResult none = DatasetDriftRule.evidentlyDefaults().judge(columns);
    DatasetDriftResult bonferroni =
        DatasetDriftRule.evidentlyDefaults().withCorrection(Correction.BONFERRONI).judge(columns);
    DatasetDriftResult fdr =
        DatasetDriftRule.evidentlyDefaults()
            .withCorrection(Correction.BENJAMINI_HOCHBERG)
            .judge(columns);

    // 5 p-values below 0.05 as measured; after Bonferroni (x10) only 0.001; after BH 0.001 and
    // 0.008 (adjusted 0.04). The distance column drifts in every case and is never adjusted.
    assertThat(none.driftedColumns()).isEqualTo(6);
    assertThat(bonferroni.driftedColumns()).isEqualTo(2);
    assertThat(fdr.driftedColumns()).isEqualTo(3);
    assertThat(fdr.correction()).isEqualTo(Correction.BENJAMINI_HOCHBERG);
    ColumnVerdict distance = bonferroni.columns().get(10);
    assertThat(distance.adjustedScore()).isEqualTo(0.15);
    assertThat(distance.drifted()).isTrue();
    assertThat(bonferroni.columns().get(1).adjustedScore()).isEqualTo(0.08, offset(1e-15));
    assertThat(bonferroni.columns().get(1).result().drifted()).isTrue();
  }
}
