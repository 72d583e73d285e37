package dev.mltest.regression;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * How one metric compares with its baseline. Failing outcomes: {@link Regressed}, {@link Missing},
 * {@link BoundViolated}, {@link Stale}, {@link NoBaseline}. Passing: {@link Passed}, {@link
 * Improved} (suggests updating the baseline) and {@link NewMetric} (a warning).
 *
 * <p>Messages start with a fixed prefix ({@code REGRESSION:}, {@code MISSING:}, {@code BOUND:},
 * {@code BASELINE STALE:}, {@code NO BASELINE:}, {@code IMPROVED:}, {@code NEW:}) that report
 * categories can match.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface MetricOutcome {

  /** The outcome's kind, as shown in reports. */
  enum Kind {
    PASSED,
    IMPROVED,
    NEW,
    REGRESSED,
    MISSING,
    BOUND_VIOLATED,
    STALE,
    NO_BASELINE
  }

  /** The values and rule compared. */
  MetricDelta delta();

  /** The kind of outcome. */
  Kind kind();

  /** What happened, in one line. */
  String message();

  /** The metric's name. */
  default String metric() {
    return delta().metric();
  }

  /** Whether the metric's test fails. */
  default boolean failsTest() {
    Kind k = kind();
    return k != Kind.PASSED && k != Kind.IMPROVED && k != Kind.NEW;
  }

  /** Within tolerance of the baseline. */
  record Passed(MetricDelta delta) implements MetricOutcome {
    @Override
    public Kind kind() {
      return Kind.PASSED;
    }

    @Override
    public String message() {
      return "%s %s: within tolerance".formatted(metric(), delta.describe());
    }
  }

  /** Better than the baseline by more than the tolerance: passes, and the baseline is outdated. */
  record Improved(MetricDelta delta) implements MetricOutcome {
    @Override
    public Kind kind() {
      return Kind.IMPROVED;
    }

    @Override
    public String message() {
      return ("IMPROVED: %s %s is better than the baseline by more than the tolerance; consider"
              + " updating the baseline so that a later drop is caught")
          .formatted(metric(), delta.describe());
    }
  }

  /** Not in the baseline: passes with a warning; nothing is compared. */
  record NewMetric(MetricDelta delta) implements MetricOutcome {
    @Override
    public Kind kind() {
      return Kind.NEW;
    }

    @Override
    public String message() {
      return ("NEW: metric %s = %s is not in the baseline, so it was not compared; update the"
              + " baseline to start tracking it")
          .formatted(metric(), delta.current() == null ? "?" : MetricFormat.value(delta.current()));
    }
  }

  /** Worse than the baseline by more than the tolerance (either way, for two-sided metrics). */
  record Regressed(MetricDelta delta) implements MetricOutcome {
    @Override
    public Kind kind() {
      return Kind.REGRESSED;
    }

    @Override
    public String message() {
      String how =
          delta.criteria().direction() == Direction.TWO_SIDED
              ? "moved away from the baseline"
              : "is worse than the baseline";
      return "REGRESSION: %s %s %s by more than the tolerance %s (%s is better)"
          .formatted(
              metric(),
              delta.describe(),
              how,
              MetricFormat.value(delta.tolerance()),
              delta.criteria().direction().key());
    }
  }

  /**
   * The metric has no current value (it could not be computed, or is NaN).
   *
   * @param reason why
   */
  record Missing(MetricDelta delta, String reason) implements MetricOutcome {
    public Missing {
      requireNonNull(reason, "reason");
    }

    @Override
    public Kind kind() {
      return Kind.MISSING;
    }

    @Override
    public String message() {
      return "MISSING: metric %s has no value: %s%s"
          .formatted(
              metric(),
              reason,
              delta.baseline() == null
                  ? ""
                  : " (baseline " + MetricFormat.value(delta.baseline()) + ")");
    }
  }

  /**
   * The value is outside a hard {@code min} / {@code max} bound, whatever the baseline says.
   *
   * @param bound the violated bound, e.g. {@code min 0.7}
   */
  record BoundViolated(MetricDelta delta, String bound) implements MetricOutcome {
    public BoundViolated {
      requireNonNull(bound, "bound");
    }

    @Override
    public Kind kind() {
      return Kind.BOUND_VIOLATED;
    }

    @Override
    public String message() {
      return "BOUND: %s %s violates the hard bound %s".formatted(metric(), delta.describe(), bound);
    }
  }

  /**
   * The baseline was produced from other data, another sample, seed or trainer configuration: the
   * values are not comparable, so this is not reported as a regression.
   *
   * @param changes what differs, e.g. {@code seed 42 → 7}
   */
  record Stale(MetricDelta delta, List<String> changes) implements MetricOutcome {
    public Stale {
      changes = List.copyOf(changes);
    }

    @Override
    public Kind kind() {
      return Kind.STALE;
    }

    @Override
    public String message() {
      return ("BASELINE STALE: %s was not compared (%s) because the baseline comes from a"
              + " different run: %s; review the change and update the baseline")
          .formatted(metric(), delta.describe(), String.join("; ", changes));
    }
  }

  /**
   * There is no baseline to compare with.
   *
   * @param howToCreate where the baseline is expected and how to create it
   */
  record NoBaseline(MetricDelta delta, String howToCreate) implements MetricOutcome {
    public NoBaseline {
      requireNonNull(howToCreate, "howToCreate");
    }

    @Override
    public Kind kind() {
      return Kind.NO_BASELINE;
    }

    @Override
    public String message() {
      return "NO BASELINE: %s = %s cannot be compared: %s"
          .formatted(
              metric(),
              delta.current() == null ? "?" : MetricFormat.value(delta.current()),
              howToCreate);
    }
  }
}
