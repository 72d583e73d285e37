package dev.mltest.regression;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * How one metric compares with its baseline. Failing outcomes: {@link Regressed}, {@link Missing},
 * {@link BoundViolated}, {@link NotComparable} (unless accepted as a warning), {@link NoBaseline}.
 * Passing: {@link Passed}, {@link Improved} (suggests updating the baseline) and {@link NewMetric}
 * (a warning). Compared outcomes list what changed since the baseline (data, features, trainer
 * settings, commit, versions) as context: a change is never a reason not to compare.
 *
 * <p>Messages start with a fixed prefix ({@code REGRESSION:}, {@code MISSING:}, {@code BOUND:},
 * {@code NOT COMPARABLE:}, {@code NO BASELINE:}, {@code IMPROVED:}, {@code NEW:}; {@code WITHIN
 * TOLERANCE} for a pass) that report categories can match.
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
    NOT_COMPARABLE,
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
    if (this instanceof NotComparable n) {
      return !n.accepted();
    }
    return k != Kind.PASSED && k != Kind.IMPROVED && k != Kind.NEW;
  }

  /** What changed since the baseline, as context; empty if nothing did or it is unknown. */
  default List<String> changes() {
    return List.of();
  }

  /** {@code "; changed since the baseline: a; b"}, or nothing. */
  private static String context(List<String> changes) {
    return changes.isEmpty() ? "" : "; changed since the baseline: " + String.join("; ", changes);
  }

  /**
   * {@code " by more than the tolerance"}, or the statistical wording when there is an interval.
   */
  private static String beyond(MetricDelta delta, String side) {
    return delta.interval() == null
        ? " by more than the tolerance " + MetricFormat.value(delta.tolerance())
        : " by more than the tolerance %s with %s%% confidence (the interval's %s bound is beyond it)"
            .formatted(
                MetricFormat.value(delta.tolerance()),
                MetricFormat.trim(delta.interval().confidence() * 100),
                side);
  }

  /**
   * Within tolerance of the baseline (statistical mode: the interval does not show a change beyond
   * the tolerance).
   *
   * @param changes what changed since the baseline
   */
  record Passed(MetricDelta delta, List<String> changes) implements MetricOutcome {
    public Passed {
      changes = List.copyOf(changes);
    }

    public Passed(MetricDelta delta) {
      this(delta, List.of());
    }

    @Override
    public Kind kind() {
      return Kind.PASSED;
    }

    @Override
    public String message() {
      return "WITHIN TOLERANCE: %s %s%s".formatted(metric(), delta.describe(), context(changes));
    }
  }

  /**
   * Better than the baseline by more than the tolerance: passes, and the baseline is outdated.
   *
   * @param changes what changed since the baseline
   */
  record Improved(MetricDelta delta, List<String> changes) implements MetricOutcome {
    public Improved {
      changes = List.copyOf(changes);
    }

    public Improved(MetricDelta delta) {
      this(delta, List.of());
    }

    @Override
    public Kind kind() {
      return Kind.IMPROVED;
    }

    @Override
    public String message() {
      return ("IMPROVED: %s %s is better than the baseline%s; update the baseline"
              + " (-Dmltest.baseline.update=true) so that a later drop is caught%s")
          .formatted(metric(), delta.describe(), beyond(delta, "lower"), context(changes));
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

  /**
   * Worse than the baseline by more than the tolerance (either way, for two-sided metrics); in
   * statistical mode, the interval's bound on the good side is beyond the tolerance. Fails whatever
   * else changed.
   *
   * @param changes what changed since the baseline, the likely causes
   */
  record Regressed(MetricDelta delta, List<String> changes) implements MetricOutcome {
    public Regressed {
      changes = List.copyOf(changes);
    }

    public Regressed(MetricDelta delta) {
      this(delta, List.of());
    }

    @Override
    public Kind kind() {
      return Kind.REGRESSED;
    }

    @Override
    public String message() {
      Direction direction = delta.criteria().direction();
      String how =
          direction == Direction.TWO_SIDED
              ? "moved away from the baseline"
              : "is worse than the baseline";
      return "REGRESSION: %s %s %s%s (%s is better)%s"
          .formatted(
              metric(),
              delta.describe(),
              how,
              beyond(delta, direction == Direction.LOWER ? "lower" : "upper"),
              direction.key(),
              context(changes));
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
   * The evaluation protocol changed (sample fraction or size, seed, split, stratification, label,
   * sampling algorithm): the two values were measured differently and are not comparable. Fails,
   * unless accepted ({@code mltest.regression.protocol-change=warn}); either way the message says
   * whether the metric would have regressed.
   *
   * @param protocolChanges what changed in the protocol, e.g. {@code seed 42 → 7}
   * @param wouldBe how the values compare if taken at face value
   * @param accepted whether protocol changes are accepted as a warning
   * @param howToAccept how to accept the change (update the baseline for this test)
   */
  record NotComparable(
      MetricDelta delta,
      List<String> protocolChanges,
      Kind wouldBe,
      boolean accepted,
      String howToAccept)
      implements MetricOutcome {
    public NotComparable {
      protocolChanges = List.copyOf(protocolChanges);
      requireNonNull(wouldBe, "wouldBe");
      requireNonNull(howToAccept, "howToAccept");
    }

    @Override
    public Kind kind() {
      return Kind.NOT_COMPARABLE;
    }

    @Override
    public List<String> changes() {
      return protocolChanges;
    }

    @Override
    public String message() {
      String verdict =
          switch (wouldBe) {
            case REGRESSED -> "taken at face value, the metric WOULD HAVE REGRESSED";
            case IMPROVED -> "taken at face value, the metric would have improved";
            default -> "taken at face value, the metric would be within tolerance";
          };
      return ("NOT COMPARABLE: %s %s was measured under another evaluation protocol (%s); %s;"
              + " %s")
          .formatted(
              metric(),
              delta.describe(),
              String.join("; ", protocolChanges),
              verdict,
              accepted
                  ? "accepted as a warning (mltest.regression.protocol-change=warn)"
                  : "if the new protocol is intended, accept it: " + howToAccept);
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
