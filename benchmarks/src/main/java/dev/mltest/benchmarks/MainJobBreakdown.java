package dev.mltest.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the README's main job spends its wall time: runs {@code mvn -B -pl examples -am verify
 * -Dmltest.skipLibraryTests=true -Preport} with a flight recording of the test JVM, then prints one
 * table: Maven's steps (from the time each step's first line was printed), and inside the test JVM
 * its start-up, discovery and each kind of ML test (from JUnit's own flight-recorder events).
 *
 * <p>Needs only the JDK, so it runs from source without building anything first:
 *
 * <pre>{@code
 * benchmarks/main-job-breakdown --clean     # as on a fresh clone: the build included
 * benchmarks/main-job-breakdown             # a rerun: what is compiled stays compiled
 * }</pre>
 *
 * Options: {@code --clean} runs {@code mvn clean} on the job's modules first; {@code --offline}
 * passes {@code -o}; every other argument is handed to the job's Maven command.
 */
public final class MainJobBreakdown {
  private static final Pattern STEP =
      Pattern.compile(
          "\\[INFO\\] --- ([\\w.-]+):[\\w.-]+:([\\w-]+) \\(([^)]*)\\) @ ([\\w.-]+) ---");
  private static final Pattern MODULE =
      Pattern.compile("\\[INFO\\] Building (.+?) \\S+ +\\[\\d+/\\d+\\]");
  private static final Pattern END = Pattern.compile("\\[INFO\\] (Reactor Summary|BUILD )");

  private MainJobBreakdown() {}

  /** One step of the Maven build: a plugin goal in a module, or Maven's own start-up. */
  private record Step(String module, String name, Instant start, Instant end) {
    double seconds() {
      return Duration.between(start, end).toNanos() / 1e9;
    }
  }

  /** One row of the printed table. */
  private record Row(String part, String what, double seconds) {}

  public static void main(String[] args) throws IOException, InterruptedException {
    boolean clean = false;
    List<String> extra = new ArrayList<>();
    for (String arg : args) {
      switch (arg) {
        case "--clean" -> clean = true;
        case "--offline" -> extra.add("-o");
        default -> extra.add(arg);
      }
    }
    Path target = Path.of("benchmarks", "target");
    Files.createDirectories(target);
    Path recording = target.resolve("main-job.jfr").toAbsolutePath();
    Files.deleteIfExists(recording);
    if (clean) {
      List<String> cleanCommand = new ArrayList<>(List.of("mvn", "-B", "-ntp", "-q", "clean"));
      cleanCommand.addAll(List.of("-pl", "examples", "-am"));
      cleanCommand.addAll(extra);
      run(cleanCommand, target.resolve("main-job-clean.log"));
    }
    List<String> job =
        new ArrayList<>(
            List.of(
                "mvn",
                "-B",
                "-ntp",
                "-pl",
                "examples",
                "-am",
                "verify",
                "-Dmltest.skipLibraryTests=true",
                "-Preport",
                "-DargLine=-XX:StartFlightRecording=filename=" + recording));
    job.addAll(extra);
    String loadBefore = loadAverage();
    Instant start = Instant.now();
    List<Step> steps = run(job, target.resolve("main-job.log"));
    Instant end = Instant.now();
    String loadAfter = loadAverage();

    // One row per plugin goal and module, in the order they first ran; the test JVM's rows where
    // Surefire ran the example project's tests.
    String testsHere = "\u0001tests";
    Step surefire = null;
    Map<String, Double> byGoal = new LinkedHashMap<>();
    for (Step step : steps) {
      if (step.name().startsWith("maven-surefire-plugin:test (default-test)")
          && step.module().equals("mltest-examples")) {
        surefire = step;
        byGoal.put(testsHere, 0.0);
        continue;
      }
      byGoal.merge(step.module() + "\u0000" + step.name(), step.seconds(), Double::sum);
    }
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, Double> goal : byGoal.entrySet()) {
      if (goal.getKey().equals(testsHere) && surefire != null) {
        rows.addAll(
            Files.exists(recording)
                ? testJvm(surefire, recording)
                : List.of(new Row("Maven: mltest-examples", "surefire", surefire.seconds())));
        continue;
      }
      String[] parts = goal.getKey().split("\u0000", 2);
      String part = parts[0].equals("maven") ? "Maven" : "Maven: " + parts[0];
      rows.add(new Row(part, parts[1], goal.getValue()));
    }
    print(rows, Duration.between(start, end).toNanos() / 1e9, loadBefore, loadAfter);
  }

  /** Runs a command from the project's root, timing each line of its output; the steps it saw. */
  private static List<Step> run(List<String> command, Path log)
      throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    List<Step> steps = new ArrayList<>();
    Instant stepStart = Instant.now();
    String module = "maven";
    String name = "start-up (JVM, plugins, project models)";
    try (BufferedReader out =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter copy = new PrintWriter(Files.newBufferedWriter(log))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        Instant now = Instant.now();
        copy.println(now + " " + line);
        Matcher step = STEP.matcher(line);
        Matcher header = MODULE.matcher(line);
        boolean ends = END.matcher(line).find();
        if (step.find() || header.find() || ends) {
          steps.add(new Step(module, name, stepStart, now));
          stepStart = now;
          if (step.find(0)) {
            module = step.group(4);
            name = step.group(1) + ":" + step.group(2) + " (" + step.group(3) + ")";
          } else if (header.find(0)) {
            module = "maven";
            name = "module set-up";
          } else {
            module = "maven";
            name = "reactor summary and exit";
          }
        }
      }
    }
    int exit = process.waitFor();
    steps.add(new Step(module, name, stepStart, Instant.now()));
    if (exit != 0) {
      throw new IllegalStateException(
          "%s failed with exit code %d; its output is in %s".formatted(command, exit, log));
    }
    return steps;
  }

  /** The test JVM's time, split by JUnit's flight-recorder events. */
  private static List<Row> testJvm(Step surefire, Path recording) throws IOException {
    List<RecordedEvent> events = RecordingFile.readAllEvents(recording);
    Instant jvmStart = null;
    Instant firstDiscovery = null;
    Instant planEnd = null;
    double discovery = 0;
    Map<String, Double> engineDiscovery = new LinkedHashMap<>();
    Map<String, Double> kinds = new LinkedHashMap<>();
    Map<String, Double> containers = new LinkedHashMap<>();
    for (RecordedEvent event : events) {
      String type = event.getEventType().getName();
      switch (type) {
        case "jdk.JVMInformation" -> jvmStart = event.getInstant("jvmStartTime");
        case "org.junit.LauncherDiscovery" -> {
          discovery += seconds(event.getDuration());
          if (firstDiscovery == null || event.getStartTime().isBefore(firstDiscovery)) {
            firstDiscovery = event.getStartTime();
          }
        }
        case "org.junit.EngineDiscovery" ->
            engineDiscovery.merge(
                engine(event.getString("uniqueId")), seconds(event.getDuration()), Double::sum);
        case "org.junit.TestPlanExecution" -> planEnd = event.getEndTime();
        case "org.junit.TestExecution" -> {
          String id = event.getString("uniqueId");
          double s = seconds(event.getDuration());
          containers.put(id, s);
          kind(id).ifPresent(kind -> kinds.merge(kind, s, Double::sum));
        }
        default -> {}
      }
    }
    List<Row> rows = new ArrayList<>();
    String part = "test JVM (surefire fork)";
    if (jvmStart != null) {
      rows.add(
          new Row(
              "Maven: mltest-examples",
              "surefire: resolve the provider, start the fork",
              seconds(Duration.between(surefire.start(), jvmStart))));
    }
    if (jvmStart != null && firstDiscovery != null) {
      rows.add(
          new Row(
              part,
              "JVM start-up, surefire booter, flight recorder",
              seconds(Duration.between(jvmStart, firstDiscovery))));
    }
    rows.add(new Row(part, "discovery, all engines (surefire discovers twice)", discovery));
    engineDiscovery.forEach((engine, s) -> rows.add(new Row(part, "  of which " + engine, s)));
    kinds.forEach((kind, s) -> rows.add(new Row(part, kind, s)));
    double classes =
        containers.entrySet().stream()
            .filter(e -> e.getKey().startsWith("[engine:ml-test]/") && depth(e.getKey()) == 2)
            .mapToDouble(Map.Entry::getValue)
            .sum();
    Double mlTest = containers.get("[engine:ml-test]");
    if (mlTest != null) {
      rows.add(new Row(part, "ml-test: reports and lineage after the last test", mlTest - classes));
    }
    if (planEnd != null) {
      rows.add(
          new Row(
              "Maven: mltest-examples",
              "surefire: fork exit, XML reports",
              seconds(Duration.between(planEnd, surefire.end()))));
    }
    return rows;
  }

  /**
   * The kind of ML test a node's time counts for, for the nodes that are the unit of a kind: a
   * suite's expectations, its drift section, a regression method (training and its metrics), a
   * property method; each Jupiter class of the example project.
   */
  private static Optional<String> kind(String id) {
    if (id.startsWith("[engine:ml-test]/")) {
      if (id.matches(".*/\\[suite:[^/]*\\]")) {
        return Optional.of("ml-test: data suites (expectations, with drift sections)");
      }
      if (id.matches(".*/\\[suite:[^/]*\\]/\\[drift:[^/]*\\]")) {
        return Optional.of("  of which drift sections");
      }
      if (id.matches(".*/\\[regression:[^/]*\\]")) {
        return Optional.of("ml-test: regression tests (sample, train, evaluate, compare)");
      }
      if (id.matches(".*/\\[property:[^/]*\\]")) {
        return Optional.of("ml-test: property tests");
      }
      return Optional.empty();
    }
    if (id.startsWith("[engine:junit-jupiter]/") && depth(id) == 2) {
      return Optional.of("Jupiter: " + id.replaceAll(".*\\[class:(?:.*\\.)?([^.\\]]+)\\]", "$1"));
    }
    return Optional.empty();
  }

  private static int depth(String id) {
    return id.split("\\]/\\[").length;
  }

  private static String engine(String id) {
    return id.replaceAll("^\\[engine:([^\\]]*)\\].*", "$1");
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static void print(List<Row> rows, double total, String loadBefore, String loadAfter) {
    System.out.printf(
        Locale.ROOT,
        "Main job, %.1f s wall; one-minute load average %s before, %s after; %d cores.%n%n",
        total,
        loadBefore,
        loadAfter,
        Runtime.getRuntime().availableProcessors());
    System.out.println("| part | step | s | share |");
    System.out.println("|---|---|---|---|");
    for (Row row : rows) {
      if (row.seconds() < 0.05 && !row.what().startsWith("  ")) {
        continue;
      }
      System.out.printf(
          Locale.ROOT,
          "| %s | %s | %.1f | %.0f%% |%n",
          row.part(),
          row.what(),
          row.seconds(),
          100 * row.seconds() / total);
    }
  }
}
