package dev.mltest.cli;

import java.util.List;
import org.apiguardian.api.API;

/**
 * What a run of suites found.
 *
 * @param passed tests that passed without a warning
 * @param failed tests whose data failed an error-severity check
 * @param errors tests that could not judge the data (a broken suite, unreadable data) and suite
 *     paths that do not exist
 * @param skipped tests skipped
 * @param problems one line per failed or broken test
 * @param warnings tests that passed with a warning: a warn-severity check that failed, or a check
 *     that could not judge yet (as summary.md counts them)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RunOutcome(
    int passed, int failed, int errors, int skipped, List<String> problems, int warnings) {
  /** Exit code: every check passed. */
  public static final int OK = 0;

  /** Exit code: the data failed at least one check, and nothing was broken. */
  public static final int DATA_FAILED = 1;

  /** Exit code: a suite, a data file or the command line itself is wrong; or nothing ran. */
  public static final int BROKEN = 2;

  public RunOutcome {
    problems = List.copyOf(problems);
  }

  /** {@link #OK}, {@link #DATA_FAILED} or {@link #BROKEN}. */
  public int exitCode() {
    if (errors > 0 || passed + warnings + failed == 0) {
      return BROKEN;
    }
    return failed > 0 ? DATA_FAILED : OK;
  }

  /** One line: counts and the verdict. */
  public String summaryLine() {
    String verdict =
        switch (exitCode()) {
          case OK -> "all checks passed";
          case DATA_FAILED -> "the data failed checks";
          default ->
              passed + warnings + failed == 0 && errors == 0 ? "no checks ran" : "broken checks";
        };
    String warned =
        warnings == 0 ? "" : ", %d %s".formatted(warnings, warnings == 1 ? "warning" : "warnings");
    return "%d passed, %d failed, %d broken, %d skipped%s: %s"
        .formatted(passed, failed, errors, skipped, warned, verdict);
  }
}
