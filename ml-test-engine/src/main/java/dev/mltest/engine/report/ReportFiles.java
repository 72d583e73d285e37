package dev.mltest.engine.report;

import dev.mltest.report.JsonResults;
import dev.mltest.report.MarkdownSummary;
import dev.mltest.report.ReplacementFile;
import dev.mltest.report.RunReport;
import dev.mltest.report.SummaryOptions;
import java.io.IOException;
import java.nio.channels.FileChannel;
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

  /** In a build's folder of parts: where its section of GitHub's step summary starts. */
  private static final String STEP_SUMMARY_SECTION = "step-summary-section";

  private ReportFiles() {}

  /**
   * Writes both files, each atomically (a reader never sees half a file).
   *
   * @param stepSummary GitHub's step summary file, if the summary goes there too
   * @param buildFolder where a build of several executions remembers where its section of the step
   *     summary starts, so that each execution replaces the section instead of adding one; null for
   *     a build of one execution, which appends
   * @return the files written
   */
  static List<Path> write(
      Path directory,
      RunReport report,
      SummaryOptions options,
      @Nullable Path stepSummary,
      @Nullable Path buildFolder)
      throws IOException {
    Files.createDirectories(directory);
    String markdown = MarkdownSummary.render(report, options);
    Path summary = replace(directory.resolve(SUMMARY), markdown);
    Path results = replace(directory.resolve(RESULTS), JsonResults.render(report));
    if (stepSummary != null) {
      if (buildFolder != null) {
        truncateToSection(stepSummary, buildFolder.resolve(STEP_SUMMARY_SECTION));
      }
      Files.writeString(
          stepSummary,
          markdown + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    }
    return List.of(summary, results);
  }

  /**
   * Cuts the step summary back to where this build's section started, or remembers where it starts
   * if this is the build's first write. Text that others appended after it is lost, which is why
   * this is only done for builds of several executions.
   */
  private static void truncateToSection(Path stepSummary, Path marker) throws IOException {
    long size = Files.exists(stepSummary) ? Files.size(stepSummary) : 0;
    String key = stepSummary.toAbsolutePath().normalize().toString();
    if (Files.exists(marker)) {
      List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
      if (lines.size() == 2 && lines.get(1).equals(key)) {
        long start = Long.parseLong(lines.get(0));
        if (start <= size) {
          try (FileChannel channel = FileChannel.open(stepSummary, StandardOpenOption.WRITE)) {
            channel.truncate(start);
          }
          return;
        }
      }
    }
    replace(marker, size + "\n" + key + "\n");
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
