package dev.mltest.maven;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.maven.GeneratedProject.MavenRun;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Maven plugin as {@code docs/cli.md} shows it, run by Maven in a new project: the goal from
 * the command line, then the {@code validate} execution pasted into the pom, green on good data and
 * a build failure naming the check on bad data.
 */
class PluginGoalsTest {

  @Test
  void documentedSuggestThenValidateInVerifyCatchesBadData() throws IOException {
    GeneratedProject project = DocsProjects.gettingStarted("plugin-goals");
    project.write("data/jan.csv", batch(1, "basic"));
    project.write("data/feb.csv", batch(2, "plus"));

    List<String> suggest = documentedSuggest();
    MavenRun suggested = project.mvn(suggest.subList(1, suggest.size()).toArray(String[]::new));
    assertThat(suggested.exitCode()).as("%s", suggested).isZero();
    assertThat(project.read("target/mltest-suggested/suggested.mltest.yaml"))
        .contains("dataset: \"../../data/jan.csv\"");

    MavenRun contract =
        project.mvn(
            suggest.get(1),
            suggest.get(2),
            suggest.get(3),
            "-Dmltest.suite=src/main/data-contracts/jan.mltest.yaml");
    assertThat(contract.exitCode()).as("%s", contract).isZero();
    String plugin = DocsProjects.page("cli.md").blockContaining("<goal>validate</goal>").content();
    String pom = DocsProjects.addPlugin(project.read("pom.xml"), plugin);
    // verify packages a jar: Maven 3.8's default jar plugin (2.4) is not in the offline
    // repository these projects use, so take the version this build itself uses.
    pom = DocsProjects.addPlugin(pom, jarPlugin());
    project.write("pom.xml", pom);

    MavenRun green = project.mvn("verify");
    assertThat(green.exitCode()).as("%s", green).isZero();
    assertThat(green.output()).as("%s", green).contains("0 failed, 0 broken");
    assertThat(project.exists("target/mltest/summary.md")).isTrue();

    project.write("data/jan.csv", batch(3, "PLUS"));
    MavenRun red = project.mvn("verify");
    assertThat(red.exitCode()).as("%s", red).isNotZero();
    assertThat(red.output())
        .as("%s", red)
        .contains("BUILD FAILURE", "the data failed checks", "inSet[plan]");
  }

  /** {@code mvn dev.mltest:mltest-maven-plugin:VERSION:suggest …} as the page shows it. */
  private static List<String> documentedSuggest() throws IOException {
    Map<String, String> commands = new LinkedHashMap<>();
    DocsCommands.collect(
        "docs/cli.md",
        Files.readAllLines(BuildSettings.current().docs().resolve("cli.md"), UTF_8),
        commands);
    String command =
        commands.keySet().stream()
            .filter(
                c -> c.startsWith("mvn dev.mltest:mltest-maven-plugin:") && c.contains(":suggest"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("docs/cli.md shows no suggest goal command"));
    return DocsCommands.words(command);
  }

  private static String jarPlugin() throws IOException {
    String parent =
        Files.readString(BuildSettings.current().reactorRoot().resolve("pom.xml"), UTF_8);
    Matcher version =
        Pattern.compile("<artifactId>maven-jar-plugin</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(parent);
    assertThat(version.find()).as("the reactor pins maven-jar-plugin").isTrue();
    return """
        <plugin>
          <groupId>org.apache.maven.plugins</groupId>
          <artifactId>maven-jar-plugin</artifactId>
          <version>%s</version>
        </plugin>
        """
        .formatted(version.group(1));
  }

  /** 300 customers; {@code plan} takes {@code odd} on one row in ten. */
  private static String batch(int seed, String odd) {
    Random random = new Random(seed);
    StringBuilder csv = new StringBuilder("id,plan,amount\n");
    for (int i = 0; i < 300; i++) {
      String plan = i % 10 == 7 ? odd : List.of("basic", "plus", "pro").get(random.nextInt(3));
      csv.append(
          String.format(
              Locale.ROOT,
              "%d,%s,%.2f%n",
              seed * 10_000 + i,
              plan,
              40 + 9 * random.nextGaussian()));
    }
    return csv.toString();
  }
}
