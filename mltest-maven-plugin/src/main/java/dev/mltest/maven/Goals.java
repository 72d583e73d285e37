package dev.mltest.maven;

import dev.mltest.cli.RunOutcome;
import dev.mltest.data.DataAccessException;
import java.util.function.Supplier;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/** What the goals share: bad input as a clear build error, run outcomes as build results. */
final class Goals {
  private Goals() {}

  /** Runs an operation; bad input (missing file, unknown format, unreadable data) fails clearly. */
  static <T> T call(Supplier<T> operation) throws MojoExecutionException {
    try {
      return operation.get();
    } catch (IllegalArgumentException | DataAccessException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  /**
   * Turns a run outcome into the build's result: failed data fails the build (a {@link
   * MojoFailureException}) unless only warned about; a broken suite or data file is an error.
   */
  static void judge(RunOutcome outcome, boolean failOnDataFailure)
      throws MojoExecutionException, MojoFailureException {
    switch (outcome.exitCode()) {
      case RunOutcome.OK -> {}
      case RunOutcome.DATA_FAILED -> {
        if (failOnDataFailure) {
          throw new MojoFailureException(outcome.summaryLine());
        }
      }
      default -> throw new MojoExecutionException(outcome.summaryLine());
    }
  }
}
