package dev.mltest.assertions;

import static dev.mltest.assertions.MlAssertions.assertThatDrift;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mltest.data.BoundTable;
import dev.mltest.data.ColumnType;
import dev.mltest.data.DataBackend;
import dev.mltest.data.Dataset;
import dev.mltest.data.InMemoryTable;
import dev.mltest.drift.ColumnOutcome;
import dev.mltest.drift.DatasetComparison;
import dev.mltest.drift.DriftConfig;
import dev.mltest.drift.DriftReport;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Keys and near-unique text are left out of drift, with a reason, unless forced in. */
class DriftColumnRolesTest {

  /** Rows {@code start..start+n}: ids, e-mails, order numbers, a stable feature, a date. */
  private static InMemoryTable table(String name, int start, int n, long seed, int dayShift) {
    SplittableRandom random = new SplittableRandom(seed);
    InMemoryTable.Builder b =
        Dataset.table(name)
            .column("id", ColumnType.INTEGER)
            .column("customerId", ColumnType.STRING)
            .column("email", ColumnType.STRING)
            .column("order_number", ColumnType.INTEGER)
            .column("tenure", ColumnType.INTEGER)
            .column("signup", ColumnType.DATE);
    for (int i = start; i < start + n; i++) {
      b.row(
          i,
          "C" + i,
          "user" + i + "@example.com",
          1_000_000 + i,
          random.nextInt(60),
          LocalDate.of(2024, 1, 1).plusDays(random.nextInt(180) + dayShift));
    }
    return b.build();
  }

  private final InMemoryTable reference = table("reference", 0, 400, 1, 0);
  private final InMemoryTable current = table("current", 400, 400, 2, 0);

  @Test
  void keysAndNearUniqueTextAreExcludedWithTheReason() {
    DriftReport report = assertThatDrift(reference, current).report();

    assertThat(report.excluded())
        .extracting(ColumnOutcome.Excluded::column)
        .containsExactly("id", "customerId", "email", "order_number");
    assertThat(reason(report, "id")).contains("named like an identifier");
    assertThat(reason(report, "customerId")).contains("named like an identifier");
    assertThat(reason(report, "email"))
        .contains("near-unique text (400 of 400 reference values are distinct)")
        .contains("list it under 'include' to compare it anyway");
    assertThat(reason(report, "order_number")).contains("near-unique integers, like a key");
    assertThat(report.column("tenure")).get().isInstanceOf(ColumnOutcome.Compared.class);
    assertThat(report.column("signup")).get().isInstanceOf(ColumnOutcome.Compared.class);
    // Sequential ids always "drift"; left out, the suite passes.
    assertThatDrift(reference, current).hasNoDrift();
  }

  @Test
  void includeForcesAKeyColumnIn() {
    DriftReport report = assertThatDrift(reference, current).including("order_number").report();

    assertThat(report.column("order_number")).get().isInstanceOf(ColumnOutcome.Compared.class);
    assertThatThrownBy(() -> assertThatDrift(reference, current).including("id").hasNoDrift())
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("in id (ks ");
    // Listing the column is forcing it in, too.
    assertThat(assertThatDrift(reference, current).column("email").report().excluded()).isEmpty();
  }

  @Test
  void declaredKeyColumnsAreExcludedEvenWithAnOrdinaryName() {
    DriftReport report;
    try (DataBackend backend = DataBackend.duckDb();
        BoundTable ref = backend.open(reference);
        BoundTable cur = backend.open(current)) {
      report =
          DatasetComparison.compare(
              ref, cur, DriftConfig.defaults().withRoles(List.of(), List.of("tenure")));
    }

    assertThat(report.column("tenure")).get().isInstanceOf(ColumnOutcome.Excluded.class);
    assertThat(reason(report, "tenure")).contains("a key column of the suite (primaryKey/unique)");
  }

  @Test
  void datesAreComparedAsDistributionsAndShownAsDates() {
    InMemoryTable later = table("later", 400, 400, 2, 90);

    DriftReport report = assertThatDrift(reference, later).report();

    ColumnOutcome signup = report.column("signup").orElseThrow();
    assertThat(((ColumnOutcome.Compared) signup).result().drifted()).isTrue();
    assertThat(report.notes().get("signup"))
        .matches(
            "reference 2024-01-0\\d to 2024-06-\\d\\d, median 2024-0\\d-\\d\\d; current 2024-0.*")
        .doesNotContain("1704067200");
  }

  private static String reason(DriftReport report, String column) {
    return ((ColumnOutcome.Excluded) report.column(column).orElseThrow()).reason();
  }
}
