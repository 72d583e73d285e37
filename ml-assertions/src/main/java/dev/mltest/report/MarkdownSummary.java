package dev.mltest.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The pull-request comment: a hidden marker line, the headline, the checks that need attention
 * (failed, broken, warning, improved), the metric-delta table, the drift tables, the failed
 * expectations with their offending values, every other check in a collapsed {@code <details>}
 * block, the lineage and a pointer to the Allure report.
 *
 * <p>It never exceeds {@link SummaryOptions#maxChars()}: rows are cut from the collapsed block
 * first, then from the end of the visible tables, each cut stated in a note.
 *
 * <pre>{@code
 * Files.writeString(dir.resolve("summary.md"), MarkdownSummary.render(report, options));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MarkdownSummary {
  private MarkdownSummary() {}

  /** The summary of a run. */
  public static String render(RunReport report, SummaryOptions options) {
    SummarySections sections = SummarySections.of(report, options);
    String text = sections.render();
    // Each round cuts at least one row, so this ends; the last resort is a hard cut.
    while (text.length() > options.maxChars() && sections.cut(text.length() - options.maxChars())) {
      text = sections.render();
    }
    if (text.length() > options.maxChars()) {
      String note = "\n\n_Cut to fit the comment size limit._\n";
      text = text.substring(0, options.maxChars() - note.length()) + note;
    }
    return text;
  }

  /**
   * A section whose rows (table rows, or whole blocks) may be cut from the end to fit the size
   * limit. Its title stays; its table head goes with the last row.
   *
   * <p>Mutable, and only ever used inside one {@link #render} call.
   */
  static final class Rows {
    private final String title;
    private final String head;
    private final List<String> rows;
    private final String what;
    private int cut;

    Rows(String title, String head, List<String> rows, String what) {
      this.title = title;
      this.head = head;
      this.rows = new ArrayList<>(rows);
      this.what = what;
    }

    boolean canCut() {
      return !rows.isEmpty();
    }

    boolean wasCut() {
      return cut > 0;
    }

    /** Cuts rows from the end until {@code chars} characters are gone or no row is left. */
    void cut(int chars) {
      int removed = 0;
      while (!rows.isEmpty() && removed < chars) {
        removed += rows.remove(rows.size() - 1).length();
        cut++;
      }
    }

    String render() {
      StringBuilder out = new StringBuilder(title);
      if (!rows.isEmpty()) {
        out.append(head);
        rows.forEach(out::append);
      }
      if (cut > 0) {
        out.append(rows.isEmpty() ? "" : "\n")
            .append("_… ")
            .append(rows.isEmpty() ? "" : "and ")
            .append(cut)
            .append(rows.isEmpty() ? " " : " more ")
            .append(what)
            .append(cut == 1 ? "" : "s")
            .append(" not shown._\n");
      }
      return out.append('\n').toString();
    }
  }
}
