package dev.mltest.engine.report;

import dev.mltest.lineage.CodeProvenance;
import dev.mltest.lineage.DatasetProvenance;
import dev.mltest.lineage.EnvironmentProvenance;
import dev.mltest.lineage.RunProvenance;
import dev.mltest.report.MetricTrend;
import dev.mltest.report.ReportedTest;
import dev.mltest.report.RunReport;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The report of a whole build, merged from the parts of its test executions (the JVMs that Surefire
 * forks, or the one execution per test class that Surefire makes with {@code forkCount} above 1),
 * with no plugin and no step after the tests.
 *
 * <p>Each execution, when it ends, writes its part to {@code parts/<build>/} and then, holding a
 * file lock that every JVM honours, reads every part of its build and rewrites the summary and the
 * JSON results from their union. Whichever execution ends last therefore writes the complete
 * report. Under the same lock the parts of every other build are deleted, so that the results of an
 * earlier {@code mvn test} never reach this one.
 *
 * <pre>{@code
 * BuildReport.add(directory, build, part, report -> ReportFiles.write(directory, report, ...));
 * }</pre>
 */
final class BuildReport {
  /** The folder, inside the report folder, holding one folder of parts per build. */
  static final String PARTS = "parts";

  private static final System.Logger LOG = System.getLogger(BuildReport.class.getName());
  private static final String LOCK = ".lock";

  /** A JVM cannot take a file lock it already holds: its executions queue here first. */
  private static final ReentrantLock IN_THIS_JVM = new ReentrantLock();

  private BuildReport() {}

  /** Writes the merged report of a build. */
  @FunctionalInterface
  interface Writer {
    /**
     * Writes the report.
     *
     * @param report the build's report so far
     * @param buildFolder the build's folder of parts, for what must last as long as the build
     */
    void write(RunReport report, Path buildFolder) throws IOException;
  }

  /**
   * Adds an execution's part to its build and writes the build's report so far. An execution that
   * is a build of its own writes no part: nothing could be merged with it.
   */
  static void add(Path directory, BuildIdentity build, ReportPart part, Writer writer)
      throws IOException {
    Path parts = directory.resolve(PARTS);
    Files.createDirectories(parts);
    Path buildFolder = parts.resolve(build.folderName());
    IN_THIS_JVM.lock();
    try (FileChannel channel =
            FileChannel.open(
                parts.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      deleteOtherBuilds(parts, buildFolder);
      if (build.alone()) {
        deleteTree(buildFolder);
        writer.write(merge(List.of(part), List.of(), build), buildFolder);
        return;
      }
      Files.createDirectories(buildFolder);
      List<ReportPart> found = new ArrayList<>();
      List<String> unreadable = new ArrayList<>();
      read(buildFolder, build, found, unreadable);
      // This execution's own results come from memory: its report is complete even if its part
      // cannot be written for the others.
      found.add(part);
      try {
        ReportFiles.replace(buildFolder.resolve(fileName(part)), part.toJson());
      } catch (RuntimeException e) {
        LOG.log(
            System.Logger.Level.WARNING, "cannot write the report part of " + part.execution(), e);
        unreadable.add(
            "the part of %s could not be written (%s)".formatted(part.execution(), e.getMessage()));
      }
      writer.write(merge(found, unreadable, build), buildFolder);
    } finally {
      IN_THIS_JVM.unlock();
    }
  }

  /**
   * The union of the parts, in the order their executions started; a test found in two parts (a
   * rerun of a failing test) counts once, as the later part has it. Notes say how many executions
   * were merged, which parts could not be read, and which regression tests trained on data that
   * another execution found bad.
   */
  static RunReport merge(List<ReportPart> parts, List<String> unreadable, BuildIdentity build) {
    List<ReportPart> ordered =
        parts.stream()
            .sorted(
                Comparator.comparing(ReportPart::startedAt).thenComparing(ReportPart::execution))
            .toList();
    Map<String, ReportedTest> tests = new LinkedHashMap<>();
    Map<String, MetricTrend> trends = new LinkedHashMap<>();
    Instant finishedAt = Instant.EPOCH;
    for (ReportPart part : ordered) {
      RunReport report = part.report();
      report.tests().forEach(t -> tests.put(t.uniqueId(), t));
      report.trends().forEach(t -> trends.put(t.suite() + "\n" + t.check() + "\n" + t.metric(), t));
      finishedAt = report.finishedAt().isAfter(finishedAt) ? report.finishedAt() : finishedAt;
    }
    List<String> notes = new ArrayList<>();
    if (ordered.size() > 1) {
      Set<String> jvms = new LinkedHashSet<>();
      ordered.forEach(p -> jvms.add(jvm(p.execution())));
      notes.add(
          "Merged from %d test executions in %s of one build (%s)."
              .formatted(
                  ordered.size(),
                  jvms.size() == 1 ? "1 JVM" : jvms.size() + " JVMs",
                  build.description()));
    }
    if (!unreadable.isEmpty()) {
      notes.add(
          ("%d report part(s) of this build could not be read or written, their tests are"
                  + " missing here or from the other executions' reports: %s")
              .formatted(unreadable.size(), String.join("; ", unreadable)));
    }
    notes.addAll(trainedOnBadData(ordered));
    return new RunReport(
        List.copyOf(tests.values()),
        lineage(ordered),
        finishedAt,
        List.copyOf(trends.values()),
        notes);
  }

  /**
   * The regression tests that trained on a dataset that a suite of another execution found bad: the
   * engine stops training on bad data only within one execution.
   */
  static List<String> trainedOnBadData(List<ReportPart> parts) {
    List<String> notes = new ArrayList<>();
    for (ReportPart part : parts) {
      for (ReportPart.Training training : part.trainings()) {
        if (part.dataFailures().containsKey(training.dataset())) {
          continue; // its own execution knew: the test was told (or forced to train)
        }
        for (ReportPart other : parts) {
          List<String> failures = other.dataFailures().get(training.dataset());
          if (other != part && failures != null && !failures.isEmpty()) {
            String note =
                ("%s trained a model on %s (%s), but a suite in another test execution (%s) found"
                        + " that data bad: %s. The engine stops training on data that failed its"
                        + " suite only when both run in the same test execution; with forked JVMs"
                        + " it cannot, so this model's results are not to be trusted.")
                    .formatted(
                        training.name(),
                        training.dataset(),
                        part.execution(),
                        other.execution(),
                        failures.get(0));
            LOG.log(System.Logger.Level.WARNING, note);
            notes.add(note);
            break;
          }
        }
      }
    }
    return notes;
  }

  private static RunProvenance lineage(List<ReportPart> parts) {
    String commit = null;
    Boolean dirty = null;
    String branch = null;
    Map<String, DatasetProvenance> files = new LinkedHashMap<>();
    Map<String, String> versions = new LinkedHashMap<>();
    for (ReportPart part : parts) {
      RunProvenance l = part.report().lineage();
      CodeProvenance code = l.code();
      commit = commit == null ? code.commit() : commit;
      dirty = dirty == null || Boolean.TRUE.equals(code.dirty()) ? code.dirty() : dirty;
      branch = branch == null ? code.branch() : branch;
      l.datasets().forEach(f -> files.putIfAbsent(f.path() + "\n" + f.sha256(), f));
      l.environment().versions().forEach(versions::putIfAbsent);
    }
    return new RunProvenance(
        new CodeProvenance(commit, dirty, branch),
        new EnvironmentProvenance(versions),
        List.copyOf(files.values()));
  }

  private static void read(
      Path buildFolder, BuildIdentity build, List<ReportPart> found, List<String> unreadable)
      throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(buildFolder, "*.json")) {
      for (Path file : files) {
        try {
          ReportPart part = ReportPart.fromJson(Files.readString(file, StandardCharsets.UTF_8));
          if (part.buildId().equals(build.id())) {
            found.add(part);
          }
        } catch (IOException | RuntimeException e) {
          LOG.log(System.Logger.Level.WARNING, "cannot read the report part " + file, e);
          unreadable.add(file.getFileName() + " (" + e.getMessage() + ")");
        }
      }
    }
  }

  private static void deleteOtherBuilds(Path parts, Path buildFolder) throws IOException {
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(parts, Files::isDirectory)) {
      for (Path folder : folders) {
        if (!folder.equals(buildFolder)) {
          deleteTree(folder);
        }
      }
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        Files.deleteIfExists(file);
      }
    }
    Files.deleteIfExists(folder);
  }

  /** {@code JVM-8400-execution-2-<random>.json}: a process id may come back within a build. */
  private static String fileName(ReportPart part) {
    StringBuilder name = new StringBuilder();
    for (char c : part.execution().toCharArray()) {
      boolean plain = c < 128 && Character.isLetterOrDigit(c);
      if (plain || (name.length() > 0 && name.charAt(name.length() - 1) != '-')) {
        name.append(plain ? c : '-');
      }
    }
    if (name.length() > 0 && name.charAt(name.length() - 1) != '-') {
      name.append('-');
    }
    return name.append(UUID.randomUUID().toString(), 0, 8).append(".json").toString();
  }

  /** {@code JVM 8400} of {@code JVM 8400, execution 2}. */
  private static String jvm(String execution) {
    int comma = execution.indexOf(',');
    return comma < 0 ? execution : execution.substring(0, comma);
  }
}
