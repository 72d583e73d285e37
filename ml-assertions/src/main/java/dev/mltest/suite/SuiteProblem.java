package dev.mltest.suite;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Something wrong in a suite file.
 *
 * @param location the suite file, e.g. {@code com/acme/customers.mltest.yaml}
 * @param position where in it
 * @param message what is wrong and how to fix it
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SuiteProblem(String location, SourcePosition position, String message) {
  /** {@code customers.mltest.yaml:12:5: unknown expectation 'betwen'; did you mean 'between'?} */
  @Override
  public String toString() {
    return location + ":" + position + ": " + message;
  }
}
