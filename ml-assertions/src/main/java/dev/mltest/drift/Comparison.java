package dev.mltest.drift;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How a score is compared with its threshold to decide drift. Each {@link DriftMethod} uses the
 * comparison Evidently uses for it, so that a score exactly on the threshold is judged the same
 * way.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum Comparison {
  /** Drift when {@code score < threshold}. */
  LESS_THAN("<"),
  /** Drift when {@code score <= threshold}. */
  LESS_OR_EQUAL("<="),
  /** Drift when {@code score >= threshold}. */
  GREATER_OR_EQUAL(">="),
  /** Drift when {@code score > threshold}. */
  GREATER_THAN(">");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  /**
   * Returns the operator as written in reports, for example {@code "<="}.
   *
   * @return the operator symbol
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Returns the operator that says "no drift", as written in reports: {@code ">"} for {@code "<="}.
   *
   * @return the negated operator symbol
   */
  public String negatedSymbol() {
    return switch (this) {
      case LESS_THAN -> ">=";
      case LESS_OR_EQUAL -> ">";
      case GREATER_OR_EQUAL -> "<";
      case GREATER_THAN -> "<=";
    };
  }

  /**
   * Tells whether {@code score} means drift against {@code threshold}. A NaN score never does.
   *
   * @param score the measured score
   * @param threshold the threshold
   * @return true if the comparison holds
   */
  public boolean holds(double score, double threshold) {
    return switch (this) {
      case LESS_THAN -> score < threshold;
      case LESS_OR_EQUAL -> score <= threshold;
      case GREATER_OR_EQUAL -> score >= threshold;
      case GREATER_THAN -> score > threshold;
    };
  }
}
