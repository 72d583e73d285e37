package dev.mltest.engine.report;

import dev.mltest.json.Json;
import dev.mltest.lineage.CodeProvenance;
import dev.mltest.lineage.RunProvenance;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The files MLTest adds to the Allure results folder: {@code categories.json}, which sorts failures
 * into metric regression, data drift, data expectation and baseline stale, and {@code
 * environment.properties}, which the report's Environment widget shows.
 */
final class AllureResultsFiles {

  /**
   * An Allure category: results whose status is listed and whose message matches the regular
   * expression in full (Allure matches with {@code DOTALL}).
   */
  record Category(String name, List<String> statuses, String messageRegex) {}

  /**
   * The categories, matched against the messages the engine and the regression checks write. Each
   * regular expression is tested against real messages in {@code AllureCategoriesTest}.
   */
  static final List<Category> CATEGORIES =
      List.of(
          new Category("Metric regression", List.of("failed"), "(?:REGRESSION|MISSING|BOUND): .*"),
          new Category(
              "Baseline stale",
              List.of("failed", "broken"),
              "(?:NOT COMPARABLE|BASELINE STALE|NO BASELINE): .*"),
          new Category(
              "Data drift",
              List.of("failed"),
              "(?:[^\\n]*: drift detected by .*"
                  // drift failures start with the section's file:line:column and the test name
                  + "|(?:\\S+:\\d+:\\d+ dataset drift: )?dataset drift: .*"
                  + "|[^\\n]* current values (?:lie outside the reference range|have categories"
                  + " the reference never has).*)"),
          new Category(
              "Data expectation",
              List.of("failed"),
              // not a drift check's failure, which starts the same way
              "(?!\\S+:\\d+:\\d+ (?:drift\\[|dataset drift:|newCategories\\[|outOfReferenceRange\\[))"
                  + "\\S+:\\d+:\\d+ [^\\n]+: .*"),
          new Category("Data warning (passed)", List.of("passed"), "WARNING: .*"),
          new Category(
              "Suite or data problem",
              List.of("broken"),
              "(?!NOT COMPARABLE|BASELINE STALE|NO BASELINE).*"));

  private AllureResultsFiles() {}

  /** Writes both files into the results folder. */
  static void write(Path directory, RunProvenance lineage) throws IOException {
    Files.createDirectories(directory);
    ReportFiles.replace(directory.resolve("categories.json"), categoriesJson());
    ReportFiles.replace(directory.resolve("environment.properties"), environment(lineage));
  }

  static String categoriesJson() {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Category c : CATEGORIES) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("name", c.name());
      item.put("matchedStatuses", c.statuses());
      item.put("messageRegex", c.messageRegex());
      items.add(item);
    }
    return Json.write(items);
  }

  static String environment(RunProvenance lineage) {
    Map<String, String> values = new LinkedHashMap<>();
    CodeProvenance code = lineage.code();
    values.put("git.commit", code.commit() == null ? "unknown" : code.commit());
    if (code.dirty() != null) {
      values.put("git.dirty", code.dirty().toString());
    }
    lineage
        .environment()
        .versions()
        .forEach((name, version) -> values.put(name + ".version", version));
    lineage.datasets().forEach(f -> values.put("data." + f.path(), "sha256 " + f.sha256()));
    StringBuilder out = new StringBuilder();
    values.forEach(
        (k, v) -> out.append(escape(k, true)).append('=').append(escape(v, false)).append('\n'));
    return out.toString();
  }

  /** Escapes as {@link Properties#store} does, but keeps the order and writes UTF-8. */
  private static String escape(String text, boolean key) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '=', ':', '#', '!' -> out.append('\\').append(c);
        case ' ' -> out.append(key || i == 0 ? "\\ " : " ");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Reads the results folder allure-java writes to: its {@code allure.results.directory}. */
  static Path allureResultsDirectory() {
    Properties properties = new Properties();
    for (ClassLoader loader :
        new ClassLoader[] {
          ClassLoader.getSystemClassLoader(), Thread.currentThread().getContextClassLoader()
        }) {
      if (loader == null) {
        continue;
      }
      try (InputStream in = loader.getResourceAsStream("allure.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        // an unreadable allure.properties is allure-java's to report
      }
    }
    properties.putAll(System.getProperties());
    return Path.of(properties.getProperty("allure.results.directory", "allure-results"));
  }
}
