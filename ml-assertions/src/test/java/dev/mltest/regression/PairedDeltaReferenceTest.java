package dev.mltest.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The paired statistics against values computed outside Java: {@code
 * src/test/resources/dev/mltest/regression/paired/generate_reference.py} (NumPy, SciPy 1.10,
 * scikit-learn 1.2 from Debian) wrote {@code rows.csv} and {@code reference.json} beside it.
 */
class PairedDeltaReferenceTest {
  private static final String FOLDER = "/dev/mltest/regression/paired/";
  private static EvaluationRows baseline;
  private static EvaluationRows current;
  private static JsonNode reference;

  @BeforeAll
  static void load() throws IOException {
    List<EvaluationRows.Row> base = new ArrayList<>();
    List<EvaluationRows.Row> cur = new ArrayList<>();
    try (InputStream in = PairedDeltaReferenceTest.class.getResourceAsStream(FOLDER + "rows.csv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 1; i < lines.length; i++) {
        String[] c = lines[i].trim().split(",");
        String truth = c[1];
        base.add(row(c[0], truth, c[2], Double.parseDouble(c[3])));
        cur.add(row(c[0], truth, c[4], Double.parseDouble(c[5])));
      }
    }
    baseline = new EvaluationRows(ModelTask.CLASSIFICATION, "1", base);
    current = new EvaluationRows(ModelTask.CLASSIFICATION, "1", cur);
    try (InputStream in =
        PairedDeltaReferenceTest.class.getResourceAsStream(FOLDER + "reference.json")) {
      reference = new ObjectMapper().readTree(in);
    }
  }

  private static EvaluationRows.Row row(String key, String truth, String predicted, double pos) {
    return new EvaluationRows.Row(key, truth, predicted, pos, truth.equals("1") ? pos : 1 - pos);
  }

  private static PairedDelta paired() {
    return PairedDelta.of(baseline, current, true, 0.95, 4000, 7);
  }

  @Test
  void metricsRecomputedFromRowsMatchScikitLearn() {
    RowMetrics b = RowMetrics.of(baseline);
    RowMetrics c = RowMetrics.of(current);
    for (String metric : List.of("accuracy", "auc", "macroF1", "logLoss", "brierScore")) {
      assertThat(b.value(metric, b.all()))
          .as(metric)
          .isCloseTo(reference.get(metric).get("baseline").asDouble(), within(1e-12));
      assertThat(c.value(metric, c.all()))
          .as(metric)
          .isCloseTo(reference.get(metric).get("current").asDouble(), within(1e-12));
    }
  }

  @Test
  void accuracyUsesThePairedProportionsIntervalAndMcNemarsExactTest() {
    DeltaInterval interval = paired().interval("accuracy");
    JsonNode ref = reference.get("accuracy");
    assertThat(interval.method()).isEqualTo("paired-proportions");
    assertThat(interval.rows()).isEqualTo(800);
    assertThat(interval.estimate()).isCloseTo(ref.get("estimate").asDouble(), within(1e-12));
    assertThat(interval.lower()).isCloseTo(ref.get("lower").asDouble(), within(1e-9));
    assertThat(interval.upper()).isCloseTo(ref.get("upper").asDouble(), within(1e-9));
    assertThat(interval.pValue()).isCloseTo(ref.get("mcnemarExactP").asDouble(), within(1e-9));
  }

  @Test
  void aucUsesDeLongsVarianceOfTheDifference() {
    DeltaInterval interval = paired().interval("auc");
    JsonNode ref = reference.get("auc");
    assertThat(interval.method()).isEqualTo("delong");
    assertThat(interval.estimate()).isCloseTo(ref.get("estimate").asDouble(), within(1e-12));
    assertThat(interval.lower()).isCloseTo(ref.get("lower").asDouble(), within(1e-9));
    assertThat(interval.upper()).isCloseTo(ref.get("upper").asDouble(), within(1e-9));
    assertThat(interval.pValue()).isCloseTo(ref.get("p").asDouble(), within(1e-9));
  }

  @Test
  void otherMetricsUseAPairedBootstrapWithinMonteCarloErrorOfNumPys() {
    for (String metric : List.of("macroF1", "logLoss", "brierScore")) {
      DeltaInterval interval = paired().interval(metric);
      JsonNode ref = reference.get(metric);
      double sd = ref.get("sd").asDouble();
      assertThat(interval.method()).isEqualTo("paired-bootstrap");
      assertThat(interval.estimate())
          .as(metric)
          .isCloseTo(ref.get("estimate").asDouble(), within(1e-12));
      // Bootstrap quantiles from 4,000 (Java) and 20,000 (NumPy) resamples differ by Monte Carlo
      // error, a few percent of the bootstrap standard deviation.
      assertThat(interval.lower())
          .as(metric)
          .isCloseTo(ref.get("lower").asDouble(), within(0.1 * sd));
      assertThat(interval.upper())
          .as(metric)
          .isCloseTo(ref.get("upper").asDouble(), within(0.1 * sd));
    }
  }

  @Test
  void theBootstrapIsReproducible() {
    assertThat(paired().interval("macroF1")).isEqualTo(paired().interval("macroF1"));
  }

  @Test
  void rowsThatCannotBeMatchedAreComparedUnpairedWithAWiderInterval() {
    PairedDelta unpaired = PairedDelta.of(baseline, current, false, 0.95, 2000, 7);
    assertThat(unpaired.paired()).isFalse();
    DeltaInterval wide = unpaired.interval("accuracy");
    DeltaInterval narrow = paired().interval("accuracy");
    assertThat(wide.method()).isEqualTo("unpaired-bootstrap");
    assertThat(wide.upper() - wide.lower()).isGreaterThan(narrow.upper() - narrow.lower());
  }

  @Test
  void identicalPredictionsGiveAZeroWidthInterval() {
    DeltaInterval same =
        PairedDelta.of(baseline, baseline, true, 0.95, 500, 1).interval("accuracy");
    assertThat(same.lower()).isZero();
    assertThat(same.upper()).isZero();
    assertThat(same.pValue()).isEqualTo(1.0);
  }
}
