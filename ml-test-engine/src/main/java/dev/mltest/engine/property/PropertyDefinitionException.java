package dev.mltest.engine.property;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A property test is set up wrongly: its contract is missing, unreadable or cannot be generated, or
 * its method takes parameters the engine cannot supply. Not an {@link AssertionError}: reports show
 * the test as broken, not as a found bug.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PropertyDefinitionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PropertyDefinitionException(String message, Throwable cause) {
    super(message, cause);
  }

  public PropertyDefinitionException(String message) {
    super(message, null, false, false);
  }
}
