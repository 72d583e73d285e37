package dev.mltest.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mltest.regression.MetricOutcome.Kind;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MetricComparisonTest {

  private static MetricCriteria higher(double absTol, double relTol) {
    return new MetricCriteria("accuracy", Direction.HIGHER, absTol, relTol, null, null);
  }

  private static MetricCriteria lower(double absTol, double relTol) {
    return new MetricCriteria("rmse", Direction.LOWER, absTol, relTol, null, null);
  }

  private static Kind kind(MetricCriteria c, Double baseline, Double current) {
    return MetricComparison.compare(c, baseline, current, null).kind();
  }

  private static ComparisonContext context(
      List<String> protocol, List<String> changes, String noBaseline, boolean accept) {
    return new ComparisonContext(
        protocol, changes, noBaseline, accept, "run -Dtest='T#m' -Dmltest.baseline.update=true");
  }

  private static DeltaInterval interval(double lower, double upper) {
    return new DeltaInterval(
        "paired-bootstrap", 500, (lower + upper) / 2, lower, upper, 0.95, null);
  }

  @Nested
  class HigherIsBetter {
    @Test
    void withinToleranceBelowPasses() {
      // tol = max(0.01, 0.02 * 0.8) = 0.016
      assertThat(kind(higher(0.01, 0.02), 0.8, 0.785)).isEqualTo(Kind.PASSED);
    }

    @Test
    void theToleranceBandIsInclusive() {
      assertThat(kind(higher(0.01, 0), 0.8, 0.79)).isEqualTo(Kind.PASSED);
      assertThat(kind(higher(0.01, 0), 0.8, 0.81)).isEqualTo(Kind.PASSED);
    }

    @Test
    void dropBeyondToleranceRegresses() {
      MetricOutcome outcome = MetricComparison.compare(higher(0.01, 0.02), 0.8, 0.78, null);
      assertThat(outcome).isInstanceOf(MetricOutcome.Regressed.class);
      assertThat(outcome.failsTest()).isTrue();
      assertThat(outcome.message())
          .startsWith(
              "REGRESSION: accuracy 0.7800 vs baseline 0.8000 (Δ -0.0200, -2.50%, allowed -0.0160)")
          .contains("higher is better");
    }

    @Test
    void riseBeyondToleranceIsAnImprovementThatPasses() {
      MetricOutcome outcome = MetricComparison.compare(higher(0.01, 0.02), 0.8, 0.85, null);
      assertThat(outcome.kind()).isEqualTo(Kind.IMPROVED);
      assertThat(outcome.failsTest()).isFalse();
      assertThat(outcome.message()).startsWith("IMPROVED:").contains("update the baseline");
    }

    @Test
    void relativeToleranceWinsWhenLarger() {
      // tol = max(0.001, 0.1 * 0.5) = 0.05
      assertThat(kind(higher(0.001, 0.1), 0.5, 0.46)).isEqualTo(Kind.PASSED);
      assertThat(kind(higher(0.001, 0.1), 0.5, 0.44)).isEqualTo(Kind.REGRESSED);
    }
  }

  @Nested
  class LowerIsBetter {
    @Test
    void riseBeyondToleranceRegresses() {
      // tol = max(0, 0.05 * 10) = 0.5
      assertThat(kind(lower(0, 0.05), 10.0, 10.6)).isEqualTo(Kind.REGRESSED);
      assertThat(kind(lower(0, 0.05), 10.0, 10.5)).isEqualTo(Kind.PASSED);
    }

    @Test
    void dropBeyondToleranceImproves() {
      assertThat(kind(lower(0, 0.05), 10.0, 9.4)).isEqualTo(Kind.IMPROVED);
    }
  }

  @Nested
  class TwoSided {
    private final MetricCriteria twoSided =
        new MetricCriteria("meanScore", Direction.TWO_SIDED, 0.1, 0, null, null);

    @Test
    void anyMoveBeyondToleranceRegresses() {
      assertThat(kind(twoSided, 1.0, 1.2)).isEqualTo(Kind.REGRESSED);
      assertThat(kind(twoSided, 1.0, 0.8)).isEqualTo(Kind.REGRESSED);
      assertThat(MetricComparison.compare(twoSided, 1.0, 1.2, null).message())
          .contains("moved away from the baseline");
    }

    @Test
    void movesWithinToleranceEitherWayPass() {
      assertThat(kind(twoSided, 1.0, 1.1)).isEqualTo(Kind.PASSED);
      assertThat(kind(twoSided, 1.0, 0.9)).isEqualTo(Kind.PASSED);
    }

    @Test
    void isNeverImproved() {
      assertThat(kind(twoSided, 1.0, 1.05)).isEqualTo(Kind.PASSED);
    }
  }

  @Nested
  class ZeroAndNegativeBaselines {
    @Test
    void aZeroBaselineUsesOnlyTheAbsoluteTolerance() {
      MetricCriteria c = lower(0.01, 0.5);
      assertThat(kind(c, 0.0, 0.01)).isEqualTo(Kind.PASSED);
      assertThat(kind(c, 0.0, 0.02)).isEqualTo(Kind.REGRESSED);
    }

    @Test
    void aZeroBaselineWithoutAbsoluteToleranceAllowsNoChange() {
      assertThat(kind(lower(0, 0.5), 0.0, 0.0)).isEqualTo(Kind.PASSED);
      assertThat(kind(lower(0, 0.5), 0.0, 1e-6)).isEqualTo(Kind.REGRESSED);
    }

    @Test
    void aZeroBaselineHasNoRelativeDelta() {
      MetricOutcome outcome = MetricComparison.compare(lower(0.01, 0), 0.0, 0.5, null);
      assertThat(outcome.delta().relativeDelta()).isNull();
      assertThat(outcome.message()).doesNotContain("%");
    }

    @Test
    void negativeBaselinesUseTheirMagnitudeForRelativeTolerance() {
      // R² of -0.5: tol = 0.1 * |-0.5| = 0.05; higher is better
      MetricCriteria r2 = new MetricCriteria("r2", Direction.HIGHER, 0, 0.1, null, null);
      assertThat(kind(r2, -0.5, -0.54)).isEqualTo(Kind.PASSED);
      assertThat(kind(r2, -0.5, -0.56)).isEqualTo(Kind.REGRESSED);
      assertThat(kind(r2, -0.5, -0.44)).isEqualTo(Kind.IMPROVED);
    }

    @Test
    void negativeBaselineRelativeDeltaKeepsTheSignOfTheChange() {
      MetricCriteria r2 = new MetricCriteria("r2", Direction.HIGHER, 0, 0.1, null, null);
      MetricDelta delta = MetricComparison.compare(r2, -0.5, -0.6, null).delta();
      assertThat(delta.relativeDelta()).isCloseTo(-0.2, org.assertj.core.data.Offset.offset(1e-12));
    }
  }

  @Nested
  class OtherOutcomes {
    @Test
    void aMissingCurrentValueFails() {
      MetricOutcome outcome =
          MetricComparison.compare(higher(0.01, 0), 0.9, null, "the model gives no probabilities");
      assertThat(outcome.kind()).isEqualTo(Kind.MISSING);
      assertThat(outcome.failsTest()).isTrue();
      assertThat(outcome.message())
          .isEqualTo(
              "MISSING: metric accuracy has no value: the model gives no probabilities (baseline 0.9000)");
    }

    @Test
    void aNaNValueIsMissing() {
      MetricOutcome outcome = MetricComparison.compare(higher(0.01, 0), 0.9, Double.NaN, null);
      assertThat(outcome.kind()).isEqualTo(Kind.MISSING);
      assertThat(outcome.message()).contains("NaN");
    }

    @Test
    void aMetricTheBaselineLacksIsNewAndPasses() {
      MetricOutcome outcome = MetricComparison.compare(higher(0.01, 0), null, 0.7, null);
      assertThat(outcome.kind()).isEqualTo(Kind.NEW);
      assertThat(outcome.failsTest()).isFalse();
      assertThat(outcome.message())
          .startsWith("NEW: metric accuracy = 0.7000 is not in the baseline");
    }

    @Test
    void hardBoundsFailWhateverTheBaselineSays() {
      MetricCriteria bounded = new MetricCriteria("accuracy", Direction.HIGHER, 0.5, 0, 0.7, 0.99);
      assertThat(kind(bounded, 0.69, 0.69)).isEqualTo(Kind.BOUND_VIOLATED);
      assertThat(kind(bounded, 0.995, 0.995)).isEqualTo(Kind.BOUND_VIOLATED);
      assertThat(kind(bounded, 0.8, 0.7)).isEqualTo(Kind.PASSED);
      assertThat(MetricComparison.compare(bounded, 0.8, 0.6, null).message())
          .startsWith("BOUND: accuracy 0.6000 vs baseline 0.8000")
          .endsWith("violates the hard bound min 0.7000");
    }

    @Test
    void boundsAreCheckedEvenWithoutABaseline() {
      MetricCriteria bounded = new MetricCriteria("accuracy", Direction.HIGHER, 0, 0, 0.7, null);
      assertThat(
              MetricComparison.compare(
                      bounded,
                      null,
                      0.6,
                      null,
                      null,
                      context(List.of(), List.of(), "no file", false))
                  .kind())
          .isEqualTo(Kind.BOUND_VIOLATED);
    }

    @Test
    void aChangedProtocolIsNotComparableAndSaysTheMetricWouldHaveRegressed() {
      MetricOutcome outcome =
          MetricComparison.compare(
              higher(0.01, 0),
              0.9,
              0.5,
              null,
              null,
              context(List.of("seed 42 → 7"), List.of(), null, false));
      assertThat(outcome.kind()).isEqualTo(Kind.NOT_COMPARABLE);
      assertThat(outcome.failsTest()).isTrue();
      assertThat(outcome.message())
          .startsWith("NOT COMPARABLE:")
          .contains("seed 42 → 7")
          .contains("WOULD HAVE REGRESSED")
          .contains("-Dtest='T#m' -Dmltest.baseline.update=true");
    }

    @Test
    void anAcceptedProtocolChangePassesWithAWarningThatStillNamesTheRegression() {
      MetricOutcome outcome =
          MetricComparison.compare(
              higher(0.01, 0),
              0.9,
              0.5,
              null,
              null,
              context(List.of("sample fraction 0.05 → 0.1"), List.of(), null, true));
      assertThat(outcome.kind()).isEqualTo(Kind.NOT_COMPARABLE);
      assertThat(outcome.failsTest()).isFalse();
      assertThat(outcome.message())
          .contains("WOULD HAVE REGRESSED")
          .contains("mltest.regression.protocol-change=warn");
      MetricOutcome fine =
          MetricComparison.compare(
              higher(0.01, 0),
              0.9,
              0.905,
              null,
              null,
              context(List.of("seed 42 → 7"), List.of(), null, false));
      assertThat(fine.message()).contains("would be within tolerance");
    }

    @Test
    void changedFeaturesTrainerOrDataAreComparedAndListed() {
      List<String> changes =
          List.of(
              "features [a, b] → [a] (dropped b)", "trainer epochs 5 → 1", "data x.csv changed");
      MetricOutcome regressed =
          MetricComparison.compare(
              higher(0.01, 0), 0.9, 0.8, null, null, context(List.of(), changes, null, false));
      assertThat(regressed.kind()).isEqualTo(Kind.REGRESSED);
      assertThat(regressed.message())
          .startsWith("REGRESSION: accuracy")
          .contains(
              "changed since the baseline: features [a, b] → [a] (dropped b); trainer epochs 5 → 1");
      MetricOutcome within =
          MetricComparison.compare(
              higher(0.01, 0), 0.9, 0.895, null, null, context(List.of(), changes, null, false));
      assertThat(within.kind()).isEqualTo(Kind.PASSED);
      assertThat(within.message()).startsWith("WITHIN TOLERANCE:").contains("trainer epochs 5 → 1");
      MetricOutcome improved =
          MetricComparison.compare(
              higher(0.01, 0), 0.8, 0.9, null, null, context(List.of(), changes, null, false));
      assertThat(improved.kind()).isEqualTo(Kind.IMPROVED);
      assertThat(improved.message()).contains("update the baseline").contains("dropped b");
    }
  }

  @Nested
  class Statistical {
    @Test
    void aDropIsARegressionOnlyWhenTheUpperBoundIsBeyondTheTolerance() {
      ComparisonContext none = ComparisonContext.unchanged();
      // Point drop 0.03 > tol 0.01, but the interval reaches -0.005: not shown to be beyond.
      assertThat(
              MetricComparison.compare(
                      higher(0.01, 0), 0.8, 0.77, null, interval(-0.055, -0.005), none)
                  .kind())
          .isEqualTo(Kind.PASSED);
      MetricOutcome regressed =
          MetricComparison.compare(higher(0.01, 0), 0.8, 0.75, null, interval(-0.07, -0.03), none);
      assertThat(regressed.kind()).isEqualTo(Kind.REGRESSED);
      assertThat(regressed.message())
          .contains("90% CI [-0.0700, -0.0300] (paired-bootstrap, 500 paired rows)")
          .contains("with 95% confidence");
    }

    @Test
    void lowerIsBetterMirrorsTheBounds() {
      ComparisonContext none = ComparisonContext.unchanged();
      assertThat(
              MetricComparison.compare(lower(0.01, 0), 0.5, 0.55, null, interval(0.03, 0.07), none)
                  .kind())
          .isEqualTo(Kind.REGRESSED);
      assertThat(
              MetricComparison.compare(
                      lower(0.01, 0), 0.5, 0.45, null, interval(-0.07, -0.03), none)
                  .kind())
          .isEqualTo(Kind.IMPROVED);
      assertThat(
              MetricComparison.compare(lower(0.01, 0), 0.5, 0.52, null, interval(-0.01, 0.05), none)
                  .kind())
          .isEqualTo(Kind.PASSED);
    }

    @Test
    void noBaselineFailsWithTheHint() {
      MetricOutcome outcome =
          MetricComparison.compare(
              higher(0.01, 0),
              null,
              0.5,
              null,
              null,
              context(List.of(), List.of(), "run with -Dmltest.baseline.update=true", false));
      assertThat(outcome.kind()).isEqualTo(Kind.NO_BASELINE);
      assertThat(outcome.failsTest()).isTrue();
      assertThat(outcome.message()).contains("-Dmltest.baseline.update=true");
    }

    @Test
    void roundingNoiseAtTheToleranceEdgeIsNotARegression() {
      // 0.8 - 0.79 is 0.010000000000000009 in binary floating point.
      assertThat(kind(higher(0.01, 0), 0.8, 0.79)).isEqualTo(Kind.PASSED);
    }
  }

  @Nested
  class Criteria {
    @Test
    void declarationThenBaselineThenDefaults() {
      MetricSpec declared = MetricSpec.of("accuracy").absTol(0.05);
      MetricSpec recorded = MetricSpec.of("accuracy").absTol(0.02).relTol(0.1).min(0.6);
      MetricCriteria c = MetricCriteria.resolve("accuracy", declared, recorded);
      assertThat(c.absTol()).isEqualTo(0.05);
      assertThat(c.relTol()).isEqualTo(0.1);
      assertThat(c.min()).isEqualTo(0.6);
      assertThat(c.direction()).isEqualTo(Direction.HIGHER);
    }

    @Test
    void wellKnownMetricsHaveDefaults() {
      assertThat(MetricCriteria.resolve("rmse", null, null))
          .isEqualTo(new MetricCriteria("rmse", Direction.LOWER, 0, 0.05, null, null));
      assertThat(MetricCriteria.resolve("macroF1", null, null))
          .isEqualTo(new MetricCriteria("macroF1", Direction.HIGHER, 0.01, 0.02, null, null));
      assertThat(MetricCriteria.resolve("recall[yes]", null, null).direction())
          .isEqualTo(Direction.HIGHER);
    }

    @Test
    void otherMetricsNeedADirection() {
      assertThatThrownBy(() -> MetricCriteria.resolve("calibration", null, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("metric 'calibration' has no direction");
      assertThat(
              MetricCriteria.resolve("calibration", MetricSpec.of("calibration").twoSided(), null)
                  .direction())
          .isEqualTo(Direction.TWO_SIDED);
    }

    @Test
    void negativeTolerancesAreRejected() {
      assertThatThrownBy(() -> MetricSpec.of("accuracy").absTol(-0.1))
          .hasMessageContaining("absTol must be a finite number ≥ 0");
      assertThatThrownBy(() -> MetricSpec.of("accuracy").min(0.9).max(0.8))
          .hasMessageContaining("min 0.9 is greater than max 0.8");
    }

    @Test
    void unknownMetricNamesGetASuggestion() {
      assertThat(MetricCatalog.problem("acuracy", ModelTask.CLASSIFICATION))
          .hasValueSatisfying(p -> assertThat(p).contains("did you mean 'accuracy'?"));
      assertThat(MetricCatalog.problem("rmse", ModelTask.CLASSIFICATION))
          .hasValueSatisfying(p -> assertThat(p).contains("is a regression metric"));
      assertThat(MetricCatalog.problem("f1[churned]", ModelTask.CLASSIFICATION)).isEmpty();
    }
  }
}
