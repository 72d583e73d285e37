package dev.mltest.drift;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Thrown when a drift computation cannot give a meaningful answer for its input: a side is empty
 * after cleaning, a method key is unknown, a method does not apply to the column kind, or a
 * threshold is out of range. The message says what was found and how to fix it; {@link #problem()}
 * lets callers turn it into a precise report without parsing the message.
 *
 * <p>An empty side is always this error and never a pass: no data is not evidence of no drift.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class DriftInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The kind of problem with the input. */
  public enum Problem {
    /** The reference side has no values left after cleaning. */
    EMPTY_REFERENCE,
    /** The current side has no values left after cleaning. */
    EMPTY_CURRENT,
    /** A drift method key is not one of {@link DriftMethod#keys()}. */
    UNKNOWN_METHOD,
    /** A correction key is not one of {@link Correction#keys()}. */
    UNKNOWN_CORRECTION,
    /** The method does not apply to the kind of column. */
    UNSUPPORTED_COLUMN_KIND,
    /** A threshold or share is NaN or out of its range. */
    INVALID_THRESHOLD,
    /** The values cannot be binned (their range overflows a double). */
    UNBINNABLE_VALUES,
    /** A dataset-level decision was asked for zero columns. */
    NO_COLUMNS,
    /** A method that compares categories was asked to compare a continuous numeric column. */
    CONTINUOUS_COLUMN,
    /** A value or count is malformed (negative count, null column name). */
    MALFORMED_INPUT
  }

  private final Problem problem;

  DriftInputException(Problem problem, String message) {
    super(message);
    this.problem = requireNonNull(problem, "problem");
  }

  /** The message, which every constructor of this exception requires. */
  @Override
  public String getMessage() {
    return requireNonNull(super.getMessage());
  }

  /**
   * Returns the kind of problem.
   *
   * @return the problem
   */
  public Problem problem() {
    return problem;
  }
}
