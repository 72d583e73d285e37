package dev.mltest.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.InMemoryTable;
import org.apiguardian.api.API;

/** The outcome of a property run: passed on every try, or failed with a shrunk counterexample. */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface PropertyResult permits PropertyResult.Passed, PropertyResult.Failed {

  /** The seed that replays the run. */
  long seed();

  /** How many tables were tried (edge cases included). */
  int tries();

  /** How many of the tries were edge cases. */
  int edgeCases();

  /**
   * The property held on every table.
   *
   * @param discarded tables whose check was aborted by a failed assumption
   */
  record Passed(long seed, int tries, int edgeCases, int discarded) implements PropertyResult {}

  /**
   * The property failed.
   *
   * @param tries the tries run, the failing one last
   * @param original the first table the property failed on
   * @param shrunk the smallest table found that still fails the same way
   * @param failure what the property threw on the shrunk table
   * @param shrinkSteps how many simplifications shrinking kept
   * @param shrinkTimedOut whether shrinking stopped at its time limit
   */
  record Failed(
      long seed,
      int tries,
      int edgeCases,
      GeneratedTable original,
      InMemoryTable shrunk,
      Throwable failure,
      int shrinkSteps,
      boolean shrinkTimedOut)
      implements PropertyResult {

    /** What failed, on which table, and the shrunk and original tables (without replay advice). */
    public String summary() {
      return """
          Property failed on try %d (%s), seed %d:
            %s
          Shrunk counterexample (%s, %d shrink steps%s):
          %s
          Original (%s):
          %s"""
          .formatted(
              tries,
              original.origin() + (original.isValid() ? "" : ", breaks " + original.breaks()),
              seed,
              describe(failure),
              rows(shrunk),
              shrinkSteps,
              shrinkTimedOut ? ", stopped at the time limit" : "",
              indent(TableCsv.compact(shrunk, 10)),
              rows(original.table()),
              indent(TableCsv.compact(original.table(), 5)));
    }

    /** The summary and how to replay the run from Java. */
    public String message() {
      return summary() + "\nReplay: PropertySettings.defaults().withSeed(%dL)".formatted(seed);
    }

    private static String rows(InMemoryTable table) {
      int n = table.rows().size();
      return n == 1 ? "1 row" : n + " rows";
    }

    private static String describe(Throwable t) {
      String message = t.getMessage();
      String first = message == null ? "" : message.lines().findFirst().orElse("");
      return t.getClass().getName() + (first.isEmpty() ? "" : ": " + first);
    }

    private static String indent(String text) {
      return text.lines().map(l -> "  " + l).reduce((a, b) -> a + "\n" + b).orElse("");
    }
  }
}
