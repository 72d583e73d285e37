package dev.mltest.maven;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The docs render as written: tables stay tables on GitHub. */
class DocsMarkdownTest {

  @Test
  void everyTableIsOneBlockFollowedByABlankLine() throws IOException {
    Path root = BuildSettings.current().reactorRoot();
    List<String> problems = new ArrayList<>();
    try (Stream<Path> pages = Files.walk(root.resolve("docs"))) {
      for (Path page : (Iterable<Path>) pages.filter(p -> p.toString().endsWith(".md"))::iterator) {
        problems.addAll(
            tableProblems(root.relativize(page).toString(), Files.readAllLines(page, UTF_8)));
      }
    }
    problems.addAll(
        tableProblems("README.md", Files.readAllLines(root.resolve("README.md"), UTF_8)));

    assertThat(problems).isEmpty();
  }

  @Test
  void theReportPageNamesTheVersionsThisBuildTests() throws IOException {
    Path root = BuildSettings.current().reactorRoot();
    String parent = Files.readString(root.resolve("pom.xml"), UTF_8);
    String generator = property(parent, "allure-commandline.version");
    String page = Files.readString(root.resolve("docs/reports.md"), UTF_8);

    assertThat(page).contains("**" + generator + "**").contains("allure-commandline@" + generator);
    assertThat(DocsProjects.page("reports.md").blockContaining("allure-junit-platform").content())
        .contains("<version>" + property(parent, "allure.version") + "</version>");
  }

  private static String property(String pom, String name) {
    int start = pom.indexOf("<" + name + ">") + name.length() + 2;
    return pom.substring(start, pom.indexOf("</" + name + ">", start));
  }

  static List<String> tableProblems(String page, List<String> lines) {
    List<String> problems = new ArrayList<>();
    boolean inCode = false;
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      String previous = lines.get(i - 1);
      if (line.strip().startsWith("```")) {
        inCode = !inCode;
      }
      if (inCode) {
        continue;
      }
      boolean previousIsRow = previous.startsWith("|");
      if (line.isBlank()
          && previousIsRow
          && i + 1 < lines.size()
          && lines.get(i + 1).startsWith("|")
          && !lines.get(i + 2 < lines.size() ? i + 2 : i + 1).matches("\\|[\\s:|-]+\\|")) {
        problems.add(page + ":" + (i + 1) + ": a blank line inside a table ends it there");
      }
      if (previousIsRow && !line.isBlank() && !line.startsWith("|")) {
        problems.add(page + ":" + (i + 1) + ": text right after a table becomes one of its rows");
      }
    }
    return problems;
  }
}
