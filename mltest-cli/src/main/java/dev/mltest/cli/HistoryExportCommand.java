package dev.mltest.cli;

import dev.mltest.history.MetricPoint;
import dev.mltest.history.MetricsRepository;
import dev.mltest.report.HistoryExport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mltest history export [--format csv|json] [--output FILE]}: the matching values as CSV
 * (cells a spreadsheet would run as formulas neutralised) or JSON, to standard output or a file.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Exports the matching values as CSV or JSON.",
      "One row per value, oldest first. In CSV, a cell that a spreadsheet would run as a formula"
          + " gets a leading '."
    })
final class HistoryExportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "csv",
      description = "csv (default) or json.")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "The file to write (default: standard output); kept unless --force.")
  @Nullable Path output;

  @Option(names = "--force", description = "Overwrite an existing --output file.")
  boolean force;

  @Mixin HistoryOptions history;

  @Override
  public Integer call() throws IOException {
    if (!format.equals("csv") && !format.equals("json")) {
      throw new IllegalArgumentException(
          "--format must be csv or json, was '%s'".formatted(format));
    }
    Path target = output == null ? null : writable(output);
    List<MetricPoint> points;
    try (MetricsRepository repository = history.open(System::getenv)) {
      points = repository.read(history.query());
    }
    String text = format.equals("json") ? HistoryExport.json(points) : HistoryExport.csv(points);
    if (target == null) {
      spec.commandLine().getOut().print(text);
    } else {
      write(target, text);
      spec.commandLine()
          .getOut()
          .printf("wrote %d value%s to %s%n", points.size(), points.size() == 1 ? "" : "s", output);
    }
    return RunOutcome.OK;
  }

  /**
   * The file to write, checked before the history is read: not a folder, not an existing file
   * unless {@code --force}, and never the history's own DuckDB file, however the path reaches it
   * ({@code ..}, a symbolic link).
   */
  private Path writable(Path file) throws IOException {
    Path target = file.toAbsolutePath().normalize();
    if (Files.isDirectory(target)) {
      throw new IllegalArgumentException("--output '%s' is a folder; name a file".formatted(file));
    }
    Path database = history.duckDbFile();
    if (database != null && Files.exists(target) && Files.exists(database)) {
      if (Files.isSameFile(target, database)) {
        throw new IllegalArgumentException(
            "--output '%s' is the history's own database; name another file".formatted(file));
      }
    }
    if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !force) {
      throw new IllegalArgumentException(
          "'%s' exists; pass --force to overwrite it or --output to write elsewhere"
              .formatted(file));
    }
    return target;
  }

  /**
   * Writes through a temporary file in the same folder, then moves it in place: a failed export
   * leaves no half file, and a symbolic link at the target is replaced, not written through.
   */
  private static void write(Path target, String text) throws IOException {
    Path folder = target.getParent();
    Files.createDirectories(folder);
    Path temporary = Files.createTempFile(folder, ".mltest-history", ".tmp");
    try {
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
