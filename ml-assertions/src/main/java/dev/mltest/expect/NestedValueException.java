package dev.mltest.expect;

import java.util.List;
import java.util.Objects;

/**
 * A parameter value is wrong at one place inside it, such as a {@code $ref} deep in an inline JSON
 * Schema; the path lets the suite parser point at that node's line and column.
 */
final class NestedValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * @serial mapping keys and list indexes from the parameter's value down to the node
   */
  private final transient List<Object> path;

  NestedValueException(List<Object> path, String message) {
    super(message);
    this.path = List.copyOf(path);
  }

  /** The message, which every constructor of this exception requires. */
  @Override
  public String getMessage() {
    return Objects.requireNonNull(super.getMessage());
  }

  List<Object> path() {
    return path;
  }
}
