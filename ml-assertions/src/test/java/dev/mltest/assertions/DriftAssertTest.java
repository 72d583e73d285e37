package dev.mltest.assertions;

import static dev.mltest.assertions.MlAssertions.assertThatDrift;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mltest.data.ColumnType;
import dev.mltest.data.Dataset;
import dev.mltest.data.InMemoryTable;
import dev.mltest.drift.ColumnOutcome;
import dev.mltest.drift.DriftMethod;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class DriftAssertTest {

  private static InMemoryTable table(String name, double shift, long seed, boolean newCategory) {
    SplittableRandom random = new SplittableRandom(seed);
    InMemoryTable.Builder b =
        Dataset.table(name)
            .column("income", ColumnType.DECIMAL)
            .column("age", ColumnType.INTEGER)
            .column("segment", ColumnType.STRING);
    for (int i = 0; i < 300; i++) {
      double u1 = random.nextDouble();
      double u2 = random.nextDouble();
      double normal = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
      String segment = newCategory && i % 5 == 0 ? "partner" : (i % 2 == 0 ? "retail" : "business");
      b.row(50_000 + shift + 8_000 * normal, 18 + random.nextInt(60), segment);
    }
    return b.build();
  }

  private final InMemoryTable reference = table("reference", 0, 1, false);
  private final InMemoryTable same = table("same", 0, 4, false);
  private final InMemoryTable shifted = table("shifted", 12_000, 3, true);

  @Test
  void noDriftBetweenSamplesOfOneDistribution() {
    assertThatDrift(reference, same).hasNoDrift().hasNoDatasetDrift();
    assertThatDrift(reference, same).column("income").usingMethod(DriftMethod.KS).hasNoDrift();
  }

  @Test
  void aShiftedColumnFailsWithMethodScoreAndThreshold() {
    assertThatThrownBy(
            () ->
                assertThatDrift(reference, shifted)
                    .column("income")
                    .usingMethod(DriftMethod.KS)
                    .hasNoDrift())
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageStartingWith("drift between reference and shifted in income (ks ")
        .hasMessageEndingWith(", threshold 0.05)");
    assertThatDrift(reference, shifted).columns("income", "segment").hasDrift();
  }

  @Test
  void datasetRuleCountsDriftedColumns() {
    assertThatThrownBy(() -> assertThatDrift(reference, shifted).hasNoDatasetDrift())
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            "dataset drift: 2 of 3 columns drifted (66.7%), limit 50%, fdr correction: income, segment");
    assertThatDrift(reference, shifted)
        .excluding("income")
        .withDriftShare(0.6, dev.mltest.drift.Correction.NONE)
        .hasNoDatasetDrift();
  }

  @Test
  void thresholdAndReportAreAvailable() {
    var report = assertThatDrift(reference, shifted).column("segment").report();
    assertThat(report.columns()).singleElement().isInstanceOf(ColumnOutcome.Compared.class);
    var result = ((ColumnOutcome.Compared) report.columns().get(0)).result();
    assertThat(result.method()).isEqualTo(DriftMethod.CHISQUARE);
    assertThat(result.newCategories()).containsExactly("partner");
    assertThatDrift(reference, shifted)
        .column("age")
        .usingMethod(DriftMethod.PSI)
        .withThreshold(0.5)
        .hasNoDrift();
  }

  @Test
  void aColumnMissingOnOneSideCannotBeCompared() {
    assertThatThrownBy(() -> assertThatDrift(reference, same).column("incme").hasNoDrift())
        .isInstanceOf(DataCheckException.class)
        .hasMessage("column 'incme' is not in either dataset; did you mean 'income'?");
  }
}
