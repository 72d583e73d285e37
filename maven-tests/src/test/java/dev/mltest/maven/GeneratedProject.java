package dev.mltest.maven;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway Maven project, written file by file as a user would paste it, and built with {@code
 * mvn -o} against the {@link PrivateRepository}.
 *
 * <pre>{@code
 * GeneratedProject project = GeneratedProject.create("getting-started");
 * project.write("pom.xml", pom).write("src/test/java/com/acme/DataQualityTest.java", source);
 * MavenRun run = project.mvn("test");
 * assertThat(run.exitCode()).as(run.output()).isZero();
 * }</pre>
 */
final class GeneratedProject {
  private static final long TIMEOUT_MINUTES = 5;

  private final Path dir;

  private GeneratedProject(Path dir) {
    this.dir = dir;
  }

  /** A new, empty project folder under {@code target/generated-projects/<name>}. */
  static GeneratedProject create(String name) {
    Path dir = BuildSettings.current().workDir().resolve("projects").resolve(name);
    try {
      PrivateRepository.deleteTree(dir);
      // An empty .mvn stops Maven's search for the project root here: the reactor's own
      // .mvn/maven.config (a developer's local repository, say) must not apply to the user's
      // project.
      Files.createDirectories(dir.resolve(".mvn"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new GeneratedProject(dir);
  }

  Path dir() {
    return dir;
  }

  /** Writes one file of the project (UTF-8), creating its folders. */
  GeneratedProject write(String relativePath, String content) {
    Path file = dir.resolve(relativePath).normalize();
    if (!file.startsWith(dir)) {
      throw new IllegalArgumentException(relativePath + " is outside the project");
    }
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** The text of a file of the project. */
  String read(String relativePath) {
    try {
      return Files.readString(dir.resolve(relativePath), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean exists(String relativePath) {
    return Files.exists(dir.resolve(relativePath));
  }

  /**
   * Runs {@code mvn -B -o} with the given arguments in the project, with the build's Maven and JDK
   * and the private repository; its output is kept in {@code target/mvn-<n>.log}.
   */
  MavenRun mvn(String... arguments) {
    BuildSettings settings = BuildSettings.current();
    List<String> command = new ArrayList<>();
    command.add(settings.mavenHome().resolve("bin/mvn").toString());
    command.add("-B");
    command.add("-o");
    command.add("-Dmaven.repo.local=" + PrivateRepository.shared().root());
    command.add("-Dstyle.color=never");
    command.addAll(List.of(arguments));
    return run(command, Map.of());
  }

  /** Runs any command in the project folder, e.g. the console launcher from the docs. */
  MavenRun run(List<String> command, Map<String, String> environment) {
    try {
      Path log = Files.createTempFile(dir, "run-", ".log");
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      builder.environment().remove("MAVEN_ARGS");
      builder.environment().remove("GITHUB_STEP_SUMMARY");
      builder.environment().putAll(environment);
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            String.join(" ", command) + " ran longer than " + TIMEOUT_MINUTES + " minutes");
      }
      return new MavenRun(command, process.exitValue(), Files.readString(log, UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** What a command did: its exit code and its whole output. */
  record MavenRun(List<String> command, int exitCode, String output) {
    @Override
    public String toString() {
      return String.join(" ", command) + " exited with " + exitCode + ":\n" + output;
    }
  }
}
