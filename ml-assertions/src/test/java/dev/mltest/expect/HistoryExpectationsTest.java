package dev.mltest.expect;

import static dev.mltest.expect.ExpectationResult.Status.FAILED;
import static dev.mltest.expect.ExpectationResult.Status.PASSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mltest.data.BoundTable;
import dev.mltest.data.ColumnType;
import dev.mltest.data.DataBackend;
import dev.mltest.data.Dataset;
import dev.mltest.data.InMemoryTable;
import dev.mltest.history.MetricHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code change} and {@code anomaly} through the real evaluator, with a given history. */
class HistoryExpectationsTest {
  /** 100 rows; {@code income} is null in the first {@code nulls}. */
  private static InMemoryTable table(int rows, int nulls) {
    return Evaluations.generated(
        "income", ColumnType.DECIMAL, rows, i -> i < nulls ? null : 1000.0 + i);
  }

  private static ExpectationResult evaluate(
      Dataset data, MetricHistory history, String key, Map<String, ?> options) {
    try (DataBackend backend = DataBackend.duckDb();
        BoundTable table = backend.open(data)) {
      return Evaluator.evaluate(table, List.of(ExpectationSpec.of(key, options)), false, history)
          .get(0);
    }
  }

  @Test
  void aRowCountThatHalvedAgainstTheMedianFails() {
    List<String> asked = new ArrayList<>();
    MetricHistory history =
        metric -> {
          asked.add(metric);
          return List.of(190.0, 200.0, 210.0, 205.0, 195.0);
        };
    ExpectationResult r =
        evaluate(
            table(100, 0),
            history,
            "change",
            Map.of(
                "metric",
                "rowCount",
                "against",
                "median",
                "window",
                3,
                "relative",
                true,
                "min",
                -0.3));
    assertThat(asked).containsExactly("rowCount");
    assertThat(r.status()).isEqualTo(FAILED);
    assertThat(r.failsTest()).isTrue();
    assertThat(r.observedValue()).isEqualTo(100.0);
    // the last three: 210, 205, 195 -> median 205; (100 - 205) / 205 = -51.2195%
    // sparkline levels round((v - 100) / 110 * 7): 6, 6, 7, 7, 6, 0
    assertThat(r.message())
        .isEqualTo(
            "row count is 100; change -51.2195% against the median 205 of the last 3 runs (allowed"
                + " [-30%, +∞]); last runs 190, 200, 210, 205, 195 → 100 ▇▇██▇▁");
  }

  @Test
  void aNullRatioWithinItsNormalBandPasses() {
    // history mean 0.03, s = 0.01 (values 0.02, 0.03, 0.04); k 3 -> [0, 0.06]; today 5 / 100
    ExpectationResult r =
        evaluate(
            table(100, 5),
            metric -> List.of(0.02, 0.03, 0.04),
            "anomaly",
            Map.of("metric", "nullRatio", "column", "income", "strategy", "batchNormal"));
    assertThat(r.status()).as(r.message()).isEqualTo(PASSED);
    assertThat(r.observedValue()).isEqualTo(0.05);
    ExpectationResult worse =
        evaluate(
            table(100, 7),
            metric -> List.of(0.02, 0.03, 0.04),
            "anomaly",
            Map.of("metric", "nullRatio", "column", "income", "strategy", "batchNormal"));
    assertThat(worse.status()).isEqualTo(FAILED);
    assertThat(worse.message()).contains("null ratio of income is 0.07");
  }

  @Test
  void withoutARepositoryItWarnsAndSaysSo() {
    ExpectationResult r =
        evaluate(
            table(10, 0),
            MetricHistory.none(),
            "anomaly",
            Map.of("metric", "mean", "column", "income", "strategy", "onlineNormal"));
    assertThat(r.status()).isEqualTo(FAILED);
    assertThat(r.isWarning()).isTrue();
    assertThat(r.failsTest()).isFalse();
    assertThat(r.message()).contains("no metrics history is configured");
  }

  @Test
  void tooLittleHistoryFollowsThePolicyAndSaysSo() {
    MetricHistory two = metric -> List.of(1.0, 2.0);
    Map<String, Object> options =
        new java.util.HashMap<>(Map.of("metric", "rowCount", "strategy", "seasonal", "period", 2));
    ExpectationResult warned = evaluate(table(10, 0), two, "anomaly", options);
    assertThat(warned.isWarning()).isTrue();
    assertThat(warned.message())
        .contains(
            "not judged: 2 earlier runs, seasonal needs at least 4 (insufficientHistory: warn)");
    options.put("insufficientHistory", "fail");
    assertThat(evaluate(table(10, 0), two, "anomaly", options).failsTest()).isTrue();
    options.put("insufficientHistory", "pass");
    ExpectationResult passed = evaluate(table(10, 0), two, "anomaly", options);
    assertThat(passed.status()).isEqualTo(PASSED);
    assertThat(passed.message()).contains("not judged");
  }

  @Test
  void theMetricNameKeepsColumnAndFilterApart() {
    assertThat(
            ExpectationSpec.of(
                    "change",
                    Map.of("metric", "mean", "column", "income", "where", "income > 0", "max", 1))
                .historyMetric())
        .contains("mean(income) where income > 0");
    assertThat(ExpectationSpec.of("change", Map.of("metric", "rowCount", "max", 1)).historyMetric())
        .contains("rowCount");
    assertThat(ExpectationSpec.of("rowCount", Map.of("max", 1)).historyMetric()).isEmpty();
  }

  @Test
  void wrongParametersNameTheParameter() {
    assertThatThrownBy(
            () ->
                ExpectationSpec.of(
                    "change", Map.of("metric", "rowCount", "column", "income", "max", 1)))
        .isInstanceOf(InvalidExpectationException.class)
        .hasMessageContaining("column")
        .hasMessageContaining("metric 'rowCount' takes no 'column'");
    assertThatThrownBy(() -> ExpectationSpec.of("change", Map.of("metric", "mean", "max", 1)))
        .hasMessageContaining("metric 'mean' needs 'column'");
    assertThatThrownBy(() -> ExpectationSpec.of("change", Map.of("metric", "rowCount")))
        .hasMessageContaining("'change' needs 'min', 'max' or both");
    assertThatThrownBy(
            () ->
                ExpectationSpec.of(
                    "anomaly", Map.of("metric", "rowCount", "strategy", "relativeRateOfChange")))
        .hasMessageContaining("maxRateDecrease");
    assertThatThrownBy(
            () ->
                ExpectationSpec.of(
                    "anomaly", Map.of("metric", "rowCount", "strategy", "holtWinters")))
        .hasMessageContaining("strategy")
        .hasMessageContaining("batchNormal");
    assertThatThrownBy(
            () ->
                ExpectationSpec.of(
                    "anomaly", Map.of("metric", "rowCount", "strategy", "batchNormal", "k", -1)))
        .hasMessageContaining("lowerK must be a positive number, was -1");
  }

  @Test
  void aNonNumericMetricCannotBeJudged() {
    InMemoryTable names = Evaluations.column("name", ColumnType.STRING, "a", "b");
    ExpectationResult r =
        evaluate(
            names,
            metric -> List.of(1.0),
            "change",
            Map.of("metric", "mean", "column", "name", "max", 1));
    assertThat(r.status()).isEqualTo(ExpectationResult.Status.ERROR);
    assertThat(r.message()).contains("numeric");
  }
}
