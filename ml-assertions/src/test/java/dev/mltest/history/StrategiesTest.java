package dev.mltest.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mltest.history.AnomalyStrategy.AbsoluteChange;
import dev.mltest.history.AnomalyStrategy.Change;
import dev.mltest.history.AnomalyStrategy.Reference;
import dev.mltest.history.AnomalyStrategy.RelativeRateOfChange;
import dev.mltest.history.AnomalyStrategy.SimpleThresholds;
import dev.mltest.history.HistoryVerdict.Decision;
import dev.mltest.history.HistoryVerdict.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every strategy against values computed by hand (the arithmetic is in the comments). */
class StrategiesTest {
  private static final List<Double> EIGHT = List.of(2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0);

  @Test
  void changeAgainstThePreviousRunIsAbsolute() {
    Change change = new Change(Reference.PREVIOUS, 1, false, -20.0, 10.0);
    // previous 120: accepted [120 - 20, 120 + 10] = [100, 130]
    HistoryVerdict drop = change.judge(90, List.of(100.0, 120.0));
    assertThat(drop.status()).isEqualTo(Status.ANOMALY);
    assertThat(drop.lower()).isEqualTo(100.0);
    assertThat(drop.upper()).isEqualTo(130.0);
    assertThat(drop.explanation())
        .isEqualTo("change -30 against the previous run 120 (allowed [-20, +10])");
    assertThat(change.judge(130, List.of(100.0, 120.0)).status()).isEqualTo(Status.NORMAL);
  }

  @Test
  void relativeChangeAgainstTheMedianOfTheLastRuns() {
    List<Double> history = List.of(100.0, 80.0, 120.0, 110.0, 90.0);
    // median of all five = 100: accepted [100 - 0.3·100, 100 + 0.5·100] = [70, 150]
    Change five = new Change(Reference.MEDIAN, 5, true, -0.3, 0.5);
    assertThat(five.judge(65, history).status()).isEqualTo(Status.ANOMALY);
    assertThat(five.judge(65, history).explanation())
        .isEqualTo("change -35% against the median 100 of the last 5 runs (allowed [-30%, +50%])");
    assertThat(five.judge(75, history).status()).isEqualTo(Status.NORMAL);
    // last three [120, 110, 90]: median 110, accepted [77, 165]
    HistoryVerdict three = new Change(Reference.MEDIAN, 3, true, -0.3, 0.5).judge(75, history);
    assertThat(three.lower()).isCloseTo(77.0, within(1e-12));
    assertThat(three.upper()).isCloseTo(165.0, within(1e-12));
    assertThat(three.status()).isEqualTo(Status.ANOMALY);
    // last four sorted [80, 90, 110, 120]: median (90 + 110) / 2 = 100
    assertThat(new Change(Reference.MEDIAN, 4, false, 0.0, 0.0).judge(100, history).status())
        .isEqualTo(Status.NORMAL);
  }

  @Test
  void relativeChangeFromZeroAcceptsOnlyZero() {
    Change change = new Change(Reference.PREVIOUS, 1, true, -0.5, 0.5);
    assertThat(change.judge(0, List.of(0.0)).status()).isEqualTo(Status.NORMAL);
    assertThat(change.judge(1, List.of(0.0)).status()).isEqualTo(Status.ANOMALY);
  }

  @Test
  void relativeRateOfChangeIsTheRatioToThePreviousRun() {
    RelativeRateOfChange rate = new RelativeRateOfChange(0.7, 1.5);
    // 612 / 1000 = 0.612 < 0.7; accepted [700, 1500]
    HistoryVerdict v = rate.judge(612, List.of(900.0, 1000.0));
    assertThat(v.status()).isEqualTo(Status.ANOMALY);
    assertThat(v.lower()).isCloseTo(700.0, within(1e-9));
    assertThat(v.upper()).isCloseTo(1500.0, within(1e-9));
    assertThat(v.explanation()).isEqualTo("rate 612 / 1000 = 0.612 (allowed [0.7, 1.5])");
    assertThat(rate.judge(1499, List.of(1000.0)).status()).isEqualTo(Status.NORMAL);
    // a negative previous value flips the range: [1.5·-10, 0.7·-10] = [-15, -7]
    HistoryVerdict negative = rate.judge(-20, List.of(-10.0));
    assertThat(negative.lower()).isCloseTo(-15.0, within(1e-9));
    assertThat(negative.upper()).isCloseTo(-7.0, within(1e-9));
    assertThat(negative.status()).isEqualTo(Status.ANOMALY);
    assertThat(rate.judge(0, List.of(0.0)).status()).isEqualTo(Status.NORMAL);
    assertThat(rate.judge(3, List.of(0.0)).status()).isEqualTo(Status.ANOMALY);
  }

  @Test
  void absoluteChangeBoundsTheDifferenceToThePreviousRun() {
    AbsoluteChange change = new AbsoluteChange(5.0, 2.0);
    // previous 10: accepted [5, 12]
    assertThat(change.judge(12, List.of(10.0)).status()).isEqualTo(Status.NORMAL);
    assertThat(change.judge(12.5, List.of(10.0)).status()).isEqualTo(Status.ANOMALY);
    assertThat(change.judge(4.9, List.of(10.0)).status()).isEqualTo(Status.ANOMALY);
    assertThat(change.judge(5, List.of(10.0)).lower()).isEqualTo(5.0);
    assertThatThrownBy(() -> new AbsoluteChange(-1.0, null))
        .hasMessage("maxDecrease is a size and must be >= 0, was -1");
  }

  @Test
  void simpleThresholdsNeedNoHistory() {
    SimpleThresholds thresholds = new SimpleThresholds(1.0, 3.0);
    assertThat(thresholds.minimumHistory()).isZero();
    assertThat(thresholds.judge(0.5, List.of()).status()).isEqualTo(Status.ANOMALY);
    assertThat(thresholds.judge(3, List.of()).status()).isEqualTo(Status.NORMAL);
    assertThatThrownBy(() -> new SimpleThresholds(null, null))
        .hasMessage("give 'lower', 'upper' or both");
  }

  @Test
  void batchNormalUsesTheSampleStandardDeviation() {
    // mean 5; squared deviations 9+1+1+1+0+0+4+16 = 32; s = sqrt(32 / 7) = 2.1380899
    HistoryVerdict v = new BatchNormal(2, 2, 0).judge(9.2, EIGHT);
    double s = Math.sqrt(32.0 / 7);
    assertThat(v.lower()).isCloseTo(5 - 2 * s, within(1e-12));
    assertThat(v.upper()).isCloseTo(5 + 2 * s, within(1e-12));
    assertThat(v.upper()).isCloseTo(9.2761799, within(1e-6));
    assertThat(v.status()).isEqualTo(Status.NORMAL);
    assertThat(new BatchNormal(2, 2, 0).judge(9.3, EIGHT).status()).isEqualTo(Status.ANOMALY);
    // window 3: [5, 7, 9], mean 7, s = sqrt((4 + 0 + 4) / 2) = 2: accepted [3, 11]
    HistoryVerdict recent = new BatchNormal(2, 2, 3).judge(2.9, EIGHT);
    assertThat(recent.lower()).isCloseTo(3.0, within(1e-12));
    assertThat(recent.upper()).isCloseTo(11.0, within(1e-12));
    assertThat(recent.status()).isEqualTo(Status.ANOMALY);
  }

  @Test
  void onlineNormalUsesThePopulationStandardDeviation() {
    // mean 5, σ = sqrt(32 / 8) = 2: accepted [1, 9]
    HistoryVerdict v = new OnlineNormal(2, 2, false).judge(9, EIGHT);
    assertThat(v.lower()).isCloseTo(1.0, within(1e-12));
    assertThat(v.upper()).isCloseTo(9.0, within(1e-12));
    assertThat(v.status()).isEqualTo(Status.NORMAL);
    assertThat(new OnlineNormal(2, 2, false).judge(9.01, EIGHT).status()).isEqualTo(Status.ANOMALY);
  }

  @Test
  void onlineNormalCanLeaveEarlierAnomaliesOut() {
    List<Double> history = List.of(10.0, 12.0, 100.0, 11.0);
    // 10, 12: mean 11, M2 2, σ 1 -> band [9, 13] leaves 100 out; 11 joins: mean 11, M2 2,
    // σ = sqrt(2 / 3) = 0.8164966: accepted [9.3670068, 12.6329932]
    HistoryVerdict ignoring = new OnlineNormal(2, 2, true).judge(14, history);
    assertThat(ignoring.upper()).isCloseTo(11 + 2 * Math.sqrt(2.0 / 3), within(1e-12));
    assertThat(ignoring.status()).isEqualTo(Status.ANOMALY);
    assertThat(ignoring.explanation()).contains("1 earlier anomalies left out");
    // keeping 100: mean 33.25, σ = sqrt(5942.75 / 4) = 38.5446; 14 is inside
    HistoryVerdict keeping = new OnlineNormal(2, 2, false).judge(14, history);
    assertThat(keeping.lower()).isCloseTo(33.25 - 2 * Math.sqrt(5942.75 / 4), within(1e-9));
    assertThat(keeping.status()).isEqualTo(Status.NORMAL);
  }

  @Test
  void seasonalForecastsFromOnePeriodAgo() {
    List<Double> history = List.of(10.0, 20.0, 12.0, 21.0, 15.0, 24.0);
    // period 2: differences 2, 1, 3, 3; mean 2.25; sd = sqrt(2.75 / 3) = 0.9574271
    // forecast = x[4] + 2.25 = 17.25; k 2: accepted [15.3351459, 19.1648541]
    SeasonalNaive seasonal = new SeasonalNaive(2, 2);
    assertThat(seasonal.minimumHistory()).isEqualTo(4);
    HistoryVerdict v = seasonal.judge(17, history);
    double sd = Math.sqrt(2.75 / 3);
    assertThat(v.lower()).isCloseTo(17.25 - 2 * sd, within(1e-12));
    assertThat(v.upper()).isCloseTo(17.25 + 2 * sd, within(1e-12));
    assertThat(v.status()).isEqualTo(Status.NORMAL);
    assertThat(seasonal.judge(20, history).status()).isEqualTo(Status.ANOMALY);
    assertThat(new SeasonalNaive(7, 3).minimumHistory()).isEqualTo(14);
  }

  @Test
  void tooLittleHistorySaysSoAndFollowsThePolicy() {
    HistoryRule warn = HistoryRule.of(new BatchNormal(3, 3, 0));
    HistoryVerdict v = warn.judge(100, List.of(1.0, 2.0));
    assertThat(v.status()).isEqualTo(Status.INSUFFICIENT_HISTORY);
    assertThat(v.decision()).isEqualTo(Decision.WARN);
    assertThat(v.explanation())
        .isEqualTo(
            "not judged: 2 earlier runs, batchNormal needs at least 3 (insufficientHistory: warn)");
    HistoryRule strict = new HistoryRule(new BatchNormal(3, 3, 0), 5, InsufficientHistory.FAIL);
    assertThat(strict.judge(1, List.of(1.0, 1.0, 1.0, 1.0)).decision()).isEqualTo(Decision.FAIL);
    HistoryRule lenient =
        new HistoryRule(new RelativeRateOfChange(0.5, 2.0), 0, InsufficientHistory.PASS);
    assertThat(lenient.judge(1, List.of()).decision()).isEqualTo(Decision.PASS);
    assertThat(lenient.judge(1, List.of()).explanation()).contains("0 earlier runs");
    // a minimum below the strategy's own is raised to it
    assertThat(new HistoryRule(new SeasonalNaive(7, 3), 2, InsufficientHistory.WARN).minHistory())
        .isEqualTo(14);
  }
}
