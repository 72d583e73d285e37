package dev.mltest.expect;

import java.util.Objects;

/** A check's factory rejects a combination of parameter values, e.g. {@code min > max}. */
final class ParameterException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String parameter;

  ParameterException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  /** The message, which every constructor of this exception requires. */
  @Override
  public String getMessage() {
    return Objects.requireNonNull(super.getMessage());
  }

  String parameter() {
    return parameter;
  }
}
