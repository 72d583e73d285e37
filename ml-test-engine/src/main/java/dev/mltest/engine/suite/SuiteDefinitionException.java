package dev.mltest.engine.suite;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A suite file is wrong: malformed YAML, an unknown expectation or parameter, a missing dataset
 * file. Not an {@link AssertionError}: reports show it as broken, not as failed data.
 */
@API(status = STABLE, since = "0.1")
public final class SuiteDefinitionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SuiteDefinitionException(String message) {
    super(message, null, false, false);
  }
}
