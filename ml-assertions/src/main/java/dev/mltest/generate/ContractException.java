package dev.mltest.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A contract that cannot be turned into a generator: an unreadable or invalid suite, an expectation
 * that cannot be generated, or expectations that no table can satisfy together. The message names
 * the expectations concerned and says how to fix the contract.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ContractException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> expectations;

  /**
   * @param message what is wrong and how to fix it
   * @param expectations the names of the expectations concerned, in suite order
   */
  public ContractException(String message, List<String> expectations) {
    super(message);
    this.expectations = List.copyOf(expectations);
  }

  /** The message, which every constructor of this exception requires. */
  @Override
  public String getMessage() {
    return Objects.requireNonNull(super.getMessage());
  }

  /** The names of the expectations concerned (e.g. {@code between[amount]}), possibly empty. */
  public List<String> expectations() {
    return expectations;
  }
}
