package dev.mltest.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The summary's fixed lines: the headline with the counts, and the pointer to the Allure report.
 */
final class SummaryText {
  private SummaryText() {}

  /** {@code ### ❌ ML checks: 2 failed, 1 broken} and the counts of every outcome. */
  static String headline(RunReport report, SummaryOptions options) {
    long failed = report.count(Outcome.FAILED);
    long broken = report.count(Outcome.BROKEN);
    long warnings = report.count(Outcome.WARNING);
    Outcome overall = report.overall();
    String verdict;
    if (overall == Outcome.FAILED) {
      List<String> parts = new ArrayList<>();
      if (failed > 0) {
        parts.add(failed + " failed");
      }
      if (broken > 0) {
        parts.add(broken + " broken");
      }
      if (warnings > 0) {
        parts.add(plural(warnings, "warning"));
      }
      verdict = String.join(", ", parts);
    } else if (overall == Outcome.WARNING) {
      verdict = "passed with " + plural(warnings, "warning");
    } else {
      verdict = "all " + plural(report.tests().size(), "check") + " passed";
    }
    List<String> counts = new ArrayList<>();
    counts.add(report.count(Outcome.PASSED) + " passed");
    counts.add(failed + " failed");
    counts.add(plural(warnings, "warning"));
    counts.add(broken + " broken");
    for (Outcome o : List.of(Outcome.IMPROVED, Outcome.SKIPPED)) {
      if (report.count(o) > 0) {
        counts.add(report.count(o) + " " + o.key());
      }
    }
    return "### %s %s: %s\n\n**%s**: %s · commit `%s`\n\n"
        .formatted(
            overall.icon(),
            MarkdownText.escape(options.title()),
            verdict,
            plural(report.tests().size(), "check"),
            String.join(" · ", counts),
            report.lineage().code().shortCommit());
  }

  /**
   * What the counts cover, then a link to the Allure report when it is a URL, else where to find
   * it. Plain JUnit tests (also those using {@code MlAssertions}) run in another engine, which
   * MLTest does not record: the summary says so rather than let a reader think they passed.
   */
  static String pointer(SummaryOptions options) {
    return "_Counts the tests of the ml-test engine (suites, drift, regression and property"
        + " tests); plain JUnit tests, MlAssertions ones included, are in the build's test"
        + " report._\n\n"
        + allureLink(options);
  }

  private static String allureLink(SummaryOptions options) {
    String where = options.allureReport();
    if (where.startsWith("https://") || where.startsWith("http://")) {
      return "📎 Full report: [Allure report]("
          + where.replace(")", "%29").replace(" ", "%20")
          + ")\n";
    }
    return "📎 Full report: Allure, `" + where.replace("`", "'") + "`\n";
  }

  /** {@code 1 check}, {@code 2 checks}. */
  static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
