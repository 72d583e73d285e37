package dev.mltest.maven;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.maven.GeneratedProject.MavenRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every {@code mvn} and console command shown in the docs and READMEs works.
 *
 * <p>Commands for a user's project (no {@code -pl}) and the console launcher run in the project of
 * Getting started, generated; commands for this reactor ({@code -pl}, or on the contributor pages)
 * are checked against it: their modules, profiles, executions, test classes and phases exist.
 * Running the reactor's own commands again from inside its build would take far longer than the
 * build, and the main ones already run in CI.
 */
class DocsCommandsTest {
  private static final Set<String> REACTOR_PAGES =
      Set.of(
          "README.md",
          "docs/ci.md",
          "docs/architecture.md",
          "docs/performance.md",
          "docs/drift-statistics.md");
  private static final Set<String> PHASES =
      Set.of(
          "clean",
          "validate",
          "compile",
          "test-compile",
          "test",
          "package",
          "verify",
          "install",
          "deploy");
  private static final Set<String> RUNNABLE_PHASES = Set.of("test-compile", "test");
  private static final String PLUGIN = "dev.mltest:mltest-maven-plugin";
  private static final Set<String> PLUGIN_PREFIXES = Set.of("exec", "allure", "spotless");

  private final BuildSettings settings = BuildSettings.current();

  @Test
  void everyCommandOfTheDocsRunsOrNamesWhatExists() {
    Map<String, String> commands = DocsCommands.all(settings.reactorRoot());
    assertThat(commands).as("commands found in the docs").hasSizeGreaterThan(10);
    GeneratedProject project = DocsProjects.gettingStarted("docs-commands");
    SoftAssertions softly = new SoftAssertions();
    List<String> ran = new ArrayList<>();
    // The classpath command first: the console commands read its cp.txt.
    List<Map.Entry<String, String>> ordered = new ArrayList<>(commands.entrySet());
    ordered.sort(
        (a, b) ->
            Boolean.compare(!a.getKey().contains("cp.txt="), !b.getKey().contains("cp.txt=")));
    for (Map.Entry<String, String> entry : ordered) {
      String command = entry.getKey();
      String where = entry.getValue();
      List<String> words = DocsCommands.words(command);
      if (isReactorJar(words)) {
        MavenRun run = reactorJar(project, words);
        ran.add(command);
        softly.assertThat(run.exitCode()).as("%s (%s)", where, run).isZero();
        softly.assertThat(run.output()).as("%s (%s)", where, run).contains("Usage:");
      } else if (words.get(0).equals("java")) {
        MavenRun run = console(project, command);
        ran.add(command);
        softly.assertThat(run.exitCode()).as("%s (%s)", where, run).isZero();
        softly
            .assertThat(run.output())
            .as("%s (%s)", where, run)
            .containsPattern("\\[\\s+[1-9]\\d* tests successful");
      } else if (isReactorCommand(words, where)) {
        checkReactorCommand(softly, where, words);
      } else if (runnable(project, words)) {
        MavenRun run = project.mvn(words.subList(1, words.size()).toArray(String[]::new));
        ran.add(command);
        softly.assertThat(run.exitCode()).as("%s (%s)", where, run).isZero();
      } else {
        checkUserCommand(softly, where, words);
      }
    }
    softly.assertThat(ran).as("commands run").hasSizeGreaterThanOrEqualTo(4);
    softly.assertAll();
  }

  private MavenRun console(GeneratedProject project, String command) {
    String line =
        command.replaceFirst(
            "junit-platform-console-standalone-[0-9.]+\\.jar", settings.consoleJar().toString());
    return project.run(
        List.of("bash", "-c", System.getProperty("java.home") + "/bin/" + line), Map.of());
  }

  /** {@code java -jar module/target/…jar}: a jar this reactor builds, run as the docs show. */
  private static boolean isReactorJar(List<String> words) {
    return words.size() > 2
        && words.get(0).equals("java")
        && words.get(1).equals("-jar")
        && words.get(2).matches("[a-z-]+/target/[^/]+\\.jar");
  }

  private MavenRun reactorJar(GeneratedProject project, List<String> words) {
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("java.home") + "/bin/java");
    command.add("-jar");
    command.add(settings.reactorRoot().resolve(words.get(2)).toString());
    command.addAll(words.subList(3, words.size()));
    return project.run(command, Map.of());
  }

  private static boolean isReactorCommand(List<String> words, String where) {
    String page = where.substring(0, where.lastIndexOf(':'));
    return words.contains("-pl") || REACTOR_PAGES.contains(page) || words.contains("install");
  }

  /** A user command this test can run: its phases build and test, and its test class exists. */
  private boolean runnable(GeneratedProject project, List<String> words) {
    boolean phasesOk = false;
    for (String word : words.subList(1, words.size())) {
      if (word.startsWith("-D")) {
        String key = word.substring(2).split("=", 2)[0];
        if (key.equals("test")) {
          String name = word.substring(word.indexOf('=') + 1).split("#")[0];
          if (!project.exists("src/test/java/com/acme/" + name + ".java")) {
            return false;
          }
        } else if (!key.startsWith("mdep.")) {
          return false;
        }
      } else if (PHASES.contains(word)) {
        if (!RUNNABLE_PHASES.contains(word)) {
          return false;
        }
        phasesOk = true;
      } else if (!word.startsWith("-") && !word.startsWith("org.apache.maven.plugins:")) {
        return false;
      }
    }
    return phasesOk;
  }

  /** A user command not run here: its test class is one of the example project's. */
  private void checkUserCommand(SoftAssertions softly, String where, List<String> words) {
    for (String word : words.subList(1, words.size())) {
      if (word.startsWith("-Dtest=")) {
        for (String name : word.substring(7).split(",")) {
          softly
              .assertThat(testClassExists(settings.reactorRoot().resolve("examples"), name))
              .as("%s: test class %s in the example project", where, name)
              .isTrue();
        }
      } else if (word.startsWith("-Dmltest.")) {
        String key = word.substring(2).split("=", 2)[0];
        String documented =
            read(settings.docs().resolve("configuration.md"))
                + read(settings.docs().resolve("cli.md"));
        softly
            .assertThat(documented)
            .as("%s: %s is a documented key or goal parameter", where, key)
            .contains("`" + key + "`");
      } else if (word.startsWith(PLUGIN + ":")) {
        checkPluginGoal(softly, where, word);
      } else if (!word.startsWith("-")) {
        softly.assertThat(PHASES).as("%s: phase %s", where, word).contains(word);
      }
    }
  }

  /** {@code dev.mltest:mltest-maven-plugin:VERSION:GOAL}: this build's version, a real goal. */
  private void checkPluginGoal(SoftAssertions softly, String where, String word) {
    String[] parts = word.split(":");
    softly.assertThat(parts).as("%s: %s is group:artifact:version:goal", where, word).hasSize(4);
    if (parts.length == 4) {
      softly.assertThat(parts[2]).as("%s: plugin version", where).isEqualTo(settings.version());
      Path mojos =
          settings.reactorRoot().resolve("mltest-maven-plugin/src/main/java/dev/mltest/maven");
      String sources;
      try (Stream<Path> files = Files.list(mojos)) {
        sources = String.join("\n", files.map(DocsCommandsTest::read).toList());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      softly
          .assertThat(sources)
          .as("%s: goal %s", where, parts[3])
          .contains("@Mojo(name = \"" + parts[3] + "\"");
    }
  }

  private void checkReactorCommand(SoftAssertions softly, String where, List<String> words) {
    Path root = settings.reactorRoot();
    String rootPom = read(root.resolve("pom.xml"));
    List<Path> modules = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      if (words.get(i).equals("-pl")) {
        for (String module : words.get(++i).split(",")) {
          softly
              .assertThat(rootPom)
              .as("%s: module %s", where, module)
              .contains("<module>" + module + "</module>");
          modules.add(root.resolve(module));
        }
      }
    }
    List<Path> scope = modules.isEmpty() ? allModules(root) : modules;
    String poms =
        rootPom + String.join("\n", scope.stream().map(m -> read(m.resolve("pom.xml"))).toList());
    for (String word : words.subList(1, words.size())) {
      if (word.startsWith("-P")) {
        String profile = word.substring(2);
        softly
            .assertThat(poms)
            .as("%s: profile %s", where, profile)
            .contains("<id>" + profile + "</id>");
      } else if (word.startsWith("-Dtest=")) {
        for (String name : word.substring(7).split(",")) {
          softly
              .assertThat(scope.stream().anyMatch(m -> testClassExists(m, name)))
              .as("%s: test class %s", where, name)
              .isTrue();
        }
      } else if (word.contains(":") && !word.startsWith("-")) {
        String[] parts = word.split(":");
        softly
            .assertThat(PLUGIN_PREFIXES)
            .as("%s: plugin prefix of %s", where, word)
            .contains(parts[0]);
        if (word.contains("@")) {
          String id = word.substring(word.indexOf('@') + 1);
          softly.assertThat(poms).as("%s: execution %s", where, id).contains("<id>" + id + "</id>");
        }
      } else if (!word.startsWith("-") && !words.get(words.indexOf(word) - 1).equals("-pl")) {
        softly.assertThat(PHASES).as("%s: phase %s", where, word).contains(word);
      }
    }
  }

  private static List<Path> allModules(Path root) {
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("pom.xml"))).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean testClassExists(Path module, String pattern) {
    String name = pattern.split("#")[0];
    Path tests = module.resolve("src/test/java");
    if (!Files.isDirectory(tests)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(tests)) {
      return files.anyMatch(f -> f.getFileName().toString().equals(name + ".java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
