package dev.mltest.expect;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An expectation's definition is wrong: an unknown type or parameter, a missing or mistyped value.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class InvalidExpectationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * @serial the problems, each naming the key it concerns
   */
  private final transient List<Problem> problems;

  public InvalidExpectationException(List<Problem> problems) {
    super(String.join("; ", problems.stream().map(Problem::toString).toList()));
    this.problems = List.copyOf(problems);
  }

  /** The problems, each naming the key it concerns. */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * One problem.
   *
   * @param key the key it concerns ({@code expect} for the type), or null for the whole mapping
   * @param message what is wrong and how to fix it
   * @param path where inside the key's value, as mapping keys and list indexes (empty for the value
   *     itself), such as {@code [properties, id, $ref]} in an inline JSON Schema
   */
  public record Problem(@Nullable String key, String message, List<Object> path) {
    public Problem {
      path = List.copyOf(path);
    }

    /** A problem with the key's value as a whole. */
    public Problem(@Nullable String key, String message) {
      this(key, message, List.of());
    }

    @Override
    public String toString() {
      return key == null ? message : "'" + key + "': " + message;
    }
  }
}
