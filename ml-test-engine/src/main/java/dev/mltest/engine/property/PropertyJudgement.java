package dev.mltest.engine.property;

import dev.mltest.engine.Constants;
import dev.mltest.engine.execution.MlTestExecutionContext;
import dev.mltest.generate.PropertyResult;
import dev.mltest.generate.TableCsv;
import dev.mltest.report.Outcome;
import dev.mltest.report.PropertyRecord;
import dev.mltest.text.Formats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.FileEntry;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.AssertionFailedError;

/**
 * Turns a property run into its test's result: report entries ({@code mltest.tries}, {@code
 * mltest.seed}, {@code mltest.seed.source}, {@code mltest.edgeCases}, {@code mltest.discarded}) and
 * a record for the run's reports; for a failure also the counterexamples, as report entries and CSV
 * files, then an {@link AssertionFailedError} whose message holds the seed, the shrunk table and
 * how to replay the run.
 */
final class PropertyJudgement {
  private static final int SHOWN_ROWS = 10;

  private final TestDescriptor descriptor;
  private final MlTestExecutionContext context;

  PropertyJudgement(TestDescriptor descriptor, MlTestExecutionContext context) {
    this.descriptor = descriptor;
    this.context = context;
  }

  /** Reports and judges; throws if the property failed. */
  void judge(PropertyRun.Tried tried) {
    PropertyResult result = tried.result();
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("mltest.tries", Integer.toString(result.tries()));
    entries.put("mltest.seed", Long.toString(result.seed()));
    entries.put("mltest.seed.source", tried.seedSource());
    entries.put("mltest.edgeCases", Integer.toString(result.edgeCases()));
    if (result instanceof PropertyResult.Passed passed && passed.discarded() > 0) {
      entries.put("mltest.discarded", Integer.toString(passed.discarded()));
    }
    if (result instanceof PropertyResult.Failed failed) {
      record(
          Outcome.FAILED,
          failed,
          TableCsv.render(failed.original().table()),
          TableCsv.render(failed.shrunk()),
          failed.summary());
      counterexample(failed, entries);
      return;
    }
    context.listener().reportingEntryPublished(descriptor, ReportEntry.from(entries));
    record(
        Outcome.PASSED,
        result,
        null,
        null,
        "%s passed (seed %d)"
            .formatted(Formats.count(result.tries(), "try", "tries"), result.seed()));
  }

  /** Hands the judged property to the run's recorder, on this test's thread. */
  private void record(
      Outcome outcome,
      PropertyResult result,
      @Nullable String original,
      @Nullable String shrunk,
      String message) {
    context
        .recorder()
        .record(
            descriptor,
            new PropertyRecord(
                descriptor.getDisplayName(),
                outcome,
                result.tries(),
                result.seed(),
                original,
                shrunk,
                message));
  }

  private void counterexample(PropertyResult.Failed failed, Map<String, String> entries) {
    entries.put("mltest.counterexample.try", Integer.toString(failed.tries()));
    entries.put("mltest.counterexample.origin", failed.original().origin());
    entries.put(
        "mltest.counterexample.original", TableCsv.compact(failed.original().table(), SHOWN_ROWS));
    entries.put("mltest.counterexample.shrunk", TableCsv.compact(failed.shrunk(), SHOWN_ROWS));
    context.listener().reportingEntryPublished(descriptor, ReportEntry.from(entries));
    List<Path> files = writeFiles(failed);
    StringBuilder message = new StringBuilder(failed.summary());
    if (!files.isEmpty()) {
      message.append("\nCounterexamples: ");
      message.append(String.join(", ", files.stream().map(Path::toString).toList()));
    }
    message.append(
        "\nReplay: @PropertyTest(seed = \"%d\") on this method, or -D%s=%d"
            .formatted(failed.seed(), Constants.PROPERTY_SEED, failed.seed()));
    throw new AssertionFailedError(message.toString(), failed.failure());
  }

  private List<Path> writeFiles(PropertyResult.Failed failed) {
    List<Path> files = new ArrayList<>();
    try {
      Path dir = context.request().getOutputDirectoryCreator().createOutputDirectory(descriptor);
      files.add(write(dir.resolve("original.csv"), TableCsv.render(failed.original().table())));
      files.add(write(dir.resolve("shrunk.csv"), TableCsv.render(failed.shrunk())));
    } catch (IOException | RuntimeException e) {
      // The message still holds the shrunk table; files are a convenience.
      context
          .listener()
          .reportingEntryPublished(
              descriptor,
              ReportEntry.from("mltest.counterexample.files", "not written: " + e.getMessage()));
    }
    return files;
  }

  private Path write(Path file, String csv) throws IOException {
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    context.listener().fileEntryPublished(descriptor, FileEntry.from(file, "text/csv"));
    return file;
  }
}
