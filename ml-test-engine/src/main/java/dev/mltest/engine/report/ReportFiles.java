package dev.mltest.engine.report;

import dev.mltest.report.JsonResults;
import dev.mltest.report.MarkdownSummary;
import dev.mltest.report.ReplacementFile;
import dev.mltest.report.RunReport;
import dev.mltest.report.SummaryOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes the run's report files: {@code summary.md} (the pull-request comment), {@code
 * results.json}, and the summary once more to GitHub's step summary when running there.
 */
final class ReportFiles {
  /** The markdown summary's file name. */
  static final String SUMMARY = "summary.md";

  /** The JSON results' file name. */
  static final String RESULTS = "results.json";

  private ReportFiles() {}

  /**
   * Writes both files, each atomically (a reader never sees half a file).
   *
   * @return the files written
   */
  static List<Path> write(
      Path directory, RunReport report, SummaryOptions options, @Nullable Path stepSummary)
      throws IOException {
    Files.createDirectories(directory);
    String markdown = MarkdownSummary.render(report, options);
    Path summary = replace(directory.resolve(SUMMARY), markdown);
    Path results = replace(directory.resolve(RESULTS), JsonResults.render(report));
    if (stepSummary != null) {
      Files.writeString(
          stepSummary,
          markdown + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    }
    return List.of(summary, results);
  }

  static Path replace(Path file, String content) throws IOException {
    Path temp = ReplacementFile.beside(file);
    try {
      Files.writeString(temp, content, StandardCharsets.UTF_8);
      return Files.move(
          temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
