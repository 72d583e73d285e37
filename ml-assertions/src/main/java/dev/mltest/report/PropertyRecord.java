package dev.mltest.report;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A property of a preprocessing step tried on generated data, with the counterexample that broke
 * it: the original one and the one shrinking found, each as a CSV table (header line first).
 *
 * @param property the property's name
 * @param outcome passed, failed (a counterexample) or broken
 * @param tries how many generated inputs were tried
 * @param seed the seed that reproduces the run
 * @param originalCounterexample the first failing input as CSV, if any
 * @param shrunkCounterexample the smallest failing input found as CSV, if any
 * @param message one sentence stating the property and what broke it
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PropertyRecord(
    String property,
    Outcome outcome,
    int tries,
    long seed,
    @Nullable String originalCounterexample,
    @Nullable String shrunkCounterexample,
    String message)
    implements RunRecord {

  public PropertyRecord {
    requireNonNull(property, "property");
    requireNonNull(outcome, "outcome");
    requireNonNull(message, "message");
  }

  @Override
  public CheckKind kind() {
    return CheckKind.PROPERTY;
  }

  @Override
  public String subject() {
    return property;
  }
}
