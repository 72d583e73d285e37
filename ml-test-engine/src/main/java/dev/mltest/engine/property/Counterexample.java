package dev.mltest.engine.property;

import dev.mltest.engine.Constants;
import dev.mltest.engine.execution.MlTestExecutionContext;
import dev.mltest.generate.PropertyResult;
import dev.mltest.generate.TableCsv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.FileEntry;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.AssertionFailedError;

/**
 * Reports a failed property: the counterexamples as report entries and as CSV files, then an
 * assertion error whose message holds the seed, the shrunk table and how to replay the run.
 */
final class Counterexample {
  private static final int SHOWN_ROWS = 10;

  private final TestDescriptor descriptor;
  private final MlTestExecutionContext context;
  private final PropertyResult.Failed failed;

  Counterexample(
      TestDescriptor descriptor, MlTestExecutionContext context, PropertyResult.Failed failed) {
    this.descriptor = descriptor;
    this.context = context;
    this.failed = failed;
  }

  void report(Map<String, String> entries) {
    entries.put("mltest.counterexample.try", Integer.toString(failed.tries()));
    entries.put("mltest.counterexample.origin", failed.original().origin());
    entries.put(
        "mltest.counterexample.original", TableCsv.compact(failed.original().table(), SHOWN_ROWS));
    entries.put("mltest.counterexample.shrunk", TableCsv.compact(failed.shrunk(), SHOWN_ROWS));
    context.listener().reportingEntryPublished(descriptor, ReportEntry.from(entries));
    List<Path> files = writeFiles();
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

  private List<Path> writeFiles() {
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
