package dev.mltest.suite;

/**
 * Something wrong in a suite file.
 *
 * @param location the suite file, e.g. {@code com/acme/customers.mltest.yaml}
 * @param position where in it
 * @param message what is wrong and how to fix it
 */
public record SuiteProblem(String location, SourcePosition position, String message) {
  /** {@code customers.mltest.yaml:12:5: unknown expectation 'betwen'; did you mean 'between'?} */
  @Override
  public String toString() {
    return location + ":" + position + ": " + message;
  }
}
