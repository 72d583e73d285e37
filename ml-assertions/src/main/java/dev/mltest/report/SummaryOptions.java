package dev.mltest.report;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How the markdown summary is written.
 *
 * @param id the id in the hidden marker line {@code <!-- mltest-report id=... -->}, so that a CI
 *     job finds and updates its own comment; one id per report posted to the same pull request
 * @param title the headline's title
 * @param maxChars the longest summary written; GitHub rejects comments over 65,536 characters
 * @param allureReport where the Allure report is: a URL (linked) or a hint shown as code
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SummaryOptions(String id, String title, int maxChars, String allureReport) {
  /** GitHub's limit on a comment body. */
  public static final int GITHUB_COMMENT_LIMIT = 65_536;

  /** The default size limit: GitHub's, less a margin for what a workflow adds. */
  public static final int DEFAULT_MAX_CHARS = 65_000;

  public SummaryOptions {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(allureReport, "allureReport");
    if (!id.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException(
          "report id '" + id + "' may hold only letters, digits, '.', '_' and '-'");
    }
    if (maxChars < 2_000) {
      throw new IllegalArgumentException("maxChars must be at least 2000, was " + maxChars);
    }
  }

  /** Id {@code mltest}, title {@code ML checks}, GitHub's limit, the Maven command as hint. */
  public static SummaryOptions defaults() {
    return new SummaryOptions(
        "mltest", "ML checks", DEFAULT_MAX_CHARS, "target/site/allure-maven-plugin/index.html");
  }

  /** The hidden first line a CI job searches for to update the comment in place. */
  public String marker() {
    return "<!-- mltest-report id=" + id + " -->";
  }
}
