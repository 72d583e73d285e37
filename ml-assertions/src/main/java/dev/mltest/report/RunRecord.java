package dev.mltest.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What one ML test judged, recorded for the reports right after judging and before the test throws.
 * Each kind of test has its own record; the reports render each the way its readers expect (a
 * metric-delta row, a drift row with a chart, failing values, counterexamples).
 *
 * <p>A node records through the engine's recorder, on its own thread:
 *
 * <pre>{@code
 * MetricRecord f1 = MetricRecord.of("f1", 0.812, 0.781, 0.0162,
 *     MetricRecord.Direction.HIGHER_IS_BETTER, MetricRecord.Status.REGRESSION,
 *     "REGRESSION: f1 0.812 -> 0.781 ...");
 * context.recorder().record(this, f1);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface RunRecord
    permits ExpectationRecord,
        DriftColumnRecord,
        CoverageRecord,
        DatasetDriftRecord,
        MetricRecord,
        PropertyRecord {

  /** The kind of test that recorded it. */
  CheckKind kind();

  /** How the check came out, as far as the record tells. */
  Outcome outcome();

  /** What the check is about: a column, a metric, a property ({@code story} in Allure). */
  String subject();

  /** One sentence stating the rule, the measured value and the verdict. */
  String message();
}
