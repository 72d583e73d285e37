package dev.mltest.expect;

/** A check's factory rejects a combination of parameter values, e.g. {@code min > max}. */
final class ParameterException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String parameter;

  ParameterException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  String parameter() {
    return parameter;
  }
}
