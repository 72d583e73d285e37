package dev.mltest.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mltest.engine.hostile.HostileJupiterAssertions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads {@code allure-results} after a real launcher run with Allure's listener and finds each
 * ml-test node's labels, parameters, history id and attachments on its own result.
 *
 * <p>Runs in the Surefire execution {@code allure-results}, the only one with allure-java on the
 * classpath; elsewhere it is skipped (the Allure calls live in {@link AllureLauncherRun}, so this
 * class loads without them).
 */
@EnabledIf("allureOnClasspath")
class AllureResultsTest {
  private static final String PEOPLE = "fixtures/execution/people.mltest.yaml";
  private static final String SHIFTED = "fixtures/drift/shifted.mltest.yaml";
  private static final String MALFORMED = "fixtures/badinput/malformed.mltest.yaml";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path results;
  @TempDir Path out;

  private Map<String, JsonNode> byName;

  static boolean allureOnClasspath() {
    try {
      Class.forName("io.qameta.allure.Allure");
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  @BeforeEach
  void run() throws IOException {
    byName = byName(run(results));
  }

  private Path run(Path resultsDirectory) {
    AllureLauncherRun.execute(
        resultsDirectory,
        out,
        selectClasspathResource(PEOPLE),
        selectClasspathResource(SHIFTED),
        selectClasspathResource(MALFORMED));
    return resultsDirectory;
  }

  @Test
  void everyTestNodeHasItsOwnResultWithEpicFeatureAndStory() {
    assertThat(byName)
        .containsKeys(
            "rowCount",
            "adults — everyone is of age",
            "inSet[country]",
            "notNull[agee]",
            "drift[amount]",
            "drift[segment]",
            "newCategories[segment]",
            "dataset drift");
    assertThat(labels(byName.get("adults — everyone is of age")))
        .containsEntry("epic", List.of("data expectations"))
        .containsEntry("feature", List.of("people"))
        .containsEntry("story", List.of("age"))
        .containsEntry("suite", List.of("people"))
        .containsEntry("tag", List.of("nightly", "pii"));
    assertThat(labels(byName.get("drift[amount]")))
        .containsEntry("epic", List.of("drift"))
        .containsEntry("feature", List.of("shifted"))
        .containsEntry("story", List.of("amount"));
    assertThat(labels(byName.get("notNull[agee]")))
        .containsEntry("epic", List.of("data expectations"))
        .containsEntry("story", List.of("agee"));
  }

  @Test
  void parametersNameTheDataAndItsHash() throws Exception {
    Map<String, String> adults = parameters(byName.get("adults — everyone is of age"));
    assertThat(adults)
        .containsEntry("dataset", "data/people.csv")
        .containsEntry("sample size", "8 rows")
        .containsEntry(
            "dataset SHA-256",
            sha256(resource("fixtures/execution/data/people.csv")).substring(0, 12));
    Map<String, String> amount = parameters(byName.get("drift[amount]"));
    assertThat(amount)
        .containsEntry("dataset", "data/current.csv")
        .containsEntry("reference", "data/reference.csv")
        .containsEntry("sample size", "400 reference / 400 current values")
        .containsKeys("dataset SHA-256", "reference SHA-256");
  }

  @Test
  void historyIdsDeriveFromTheUniqueIdAloneSoTheyAreStableAcrossRuns() throws Exception {
    Map<String, JsonNode> again = byName(run(Files.createDirectory(out.resolve("second"))));
    for (Map.Entry<String, JsonNode> e : byName.entrySet()) {
      JsonNode result = e.getValue();
      String uniqueId = result.get("testCaseId").asText();
      assertThat(result.get("historyId").asText()).as(e.getKey()).isEqualTo(sha256(uniqueId));
      assertThat(again.get(e.getKey()).get("historyId").asText())
          .isEqualTo(result.get("historyId").asText());
    }
  }

  @Test
  void failedChecksAreFailedInfrastructureErrorsAreBrokenWarningsPassWithAMessage() {
    assertThat(status(byName.get("adults — everyone is of age"))).isEqualTo("failed");
    assertThat(status(byName.get("drift[amount]"))).isEqualTo("failed");
    assertThat(status(byName.get("notNull[agee]"))).isEqualTo("broken");
    assertThat(status(byName.get("rowCount"))).isEqualTo("passed");
    JsonNode warning = byName.get("inSet[country]");
    assertThat(status(warning)).isEqualTo("passed");
    assertThat(warning.get("statusDetails").get("message").asText())
        .startsWith("WARNING: country: 25% of 8 non-null values are not in");
  }

  @Test
  void attachmentsMatchTheKindOfCheck() throws IOException {
    assertThat(attachments(byName.get("adults — everyone is of age")))
        .containsExactly("failing values|text/csv", "lineage|application/json");
    assertThat(attachments(byName.get("drift[amount]")))
        .containsExactly(
            "histogram (display only)|text/csv",
            "distribution|image/png",
            "lineage|application/json");
    assertThat(attachments(byName.get("drift[segment]")))
        .containsExactly("buckets|text/csv", "distribution|image/png", "lineage|application/json");
    assertThat(attachments(byName.get("newCategories[segment]")))
        .containsExactly("new categories|text/csv", "lineage|application/json");
    assertThat(attachments(byName.get("dataset drift")))
        .containsExactly(
            "drift table|text/csv", "drift table|text/html", "lineage|application/json");
    assertThat(attachments(byName.get("notNull[agee]")))
        .containsExactly("lineage|application/json");

    assertThat(content(byName.get("adults — everyone is of age"), "failing values"))
        .isEqualTo("Value,Rows,First row,Key\n12,1,2,\n15,1,4,\n");
    byte[] png =
        Files.readAllBytes(results.resolve(source(byName.get("drift[amount]"), "distribution")));
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    JsonNode lineage = JSON.readTree(content(byName.get("drift[amount]"), "lineage"));
    assertThat(lineage.get("dataFiles")).hasSize(2);
    assertThat(lineage.get("dataFiles").get(0).get("path").asText()).isEqualTo("data/current.csv");
    assertThat(content(byName.get("dataset drift"), "drift table"))
        .startsWith("Status,Column,Type,Method,Score,Drift if,n ref / cur\n");
  }

  @Test
  void categoriesAndEnvironmentAreWrittenIntoTheResultsFolder() throws IOException {
    JsonNode categories = JSON.readTree(results.resolve("categories.json").toFile());
    List<String> names = new ArrayList<>();
    categories.forEach(c -> names.add(c.get("name").asText()));
    assertThat(names)
        .contains("Metric regression", "Data drift", "Data expectation", "Baseline stale");
    assertThat(Files.readString(results.resolve("environment.properties")))
        .contains("git.commit=", "mltest.version=", "data.data/people.csv=sha256 ");
  }

  /**
   * Issue #11 item 2: data values holding markup reach Allure's status message and trace only
   * HTML-escaped, so no Allure generator, old or new, can run them; a user's Jupiter tests on the
   * same data, through the AssertJ entry points, reach it with the markup made inert. The results
   * are also kept in {@code target/hostile-allure-results} for the browser check ({@code
   * docs/security.md}).
   */
  @Test
  void failureMessagesAndTracesOfHostileDataAreHtmlEscaped() throws IOException {
    Path hostile = Files.createDirectory(out.resolve("hostile"));
    AllureLauncherRun.execute(
        hostile, out, selectClasspathResource("fixtures/hostile/hostile.mltest.yaml"));
    Map<String, JsonNode> results = byName(hostile);
    JsonNode inSet = results.get("inSet[segment]");
    assertThat(status(inSet)).isEqualTo("failed");
    String message = inSet.get("statusDetails").get("message").asText();
    String trace = inSet.get("statusDetails").get("trace").asText();
    assertThat(message)
        .contains("&lt;script&gt;fetch(`/xss-fired?script`)&lt;/script&gt;")
        .contains("&lt;img src=/xss-markup?img onerror=fetch(")
        .contains("&#39;=HYPERLINK(&quot;")
        .doesNotContain("<")
        .doesNotContain(">");
    assertThat(trace).contains("&lt;svg onload=").doesNotContain("<svg");
    JsonNode length = results.get("lengthBetween[note]");
    assertThat(length.get("statusDetails").get("message").asText())
        .contains("&lt;b&gt;AAAA")
        .contains("(307 chars)")
        .doesNotContain("<");

    // A user's Jupiter tests on the same data, through the AssertJ entry points: their results are
    // Jupiter's, left as they are by the escaping listener, and their messages are inert already.
    AllureLauncherRun.executeJupiter(hostile, selectClass(HostileJupiterAssertions.class));
    Map<String, JsonNode> jupiter = byName(hostile, "[engine:junit-jupiter]");
    assertThat(jupiter)
        .containsOnlyKeys(
            "segmentsAreKnown()", "notesAreShort()", "aColumnNamedWithMarkupExists()");
    for (JsonNode result : jupiter.values()) {
      assertThat(status(result)).isEqualTo("failed");
      JsonNode details = result.get("statusDetails");
      assertThat(details.get("message").asText() + details.get("trace").asText())
          .contains("\\u003c")
          .doesNotContainPattern("<[A-Za-z/!?]");
    }
    assertThat(jupiter.get("segmentsAreKnown()").get("statusDetails").get("message").asText())
        .contains("\\u003cimg src=/xss-markup?img onerror=fetch(");
    Path kept = Path.of("target", "hostile-allure-results");
    if (Files.isDirectory(Path.of("target"))) {
      Files.createDirectories(kept);
      try (Stream<Path> files = Files.list(hostile)) {
        for (Path f : files.toList()) {
          Files.copy(
              f, kept.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  @Test
  void methodBasedTestsHaveOneSetOfSuiteLabelsAndAReadableFullName(@TempDir Path regression)
      throws IOException {
    AllureLauncherRun.execute(
        regression,
        out,
        org.junit.platform.engine.discovery.DiscoverySelectors.selectClass(
            dev.mltest.engine.regression.BareModels.class));

    Map<String, JsonNode> results = byName(regression);
    assertThat(results).isNotEmpty();
    for (JsonNode result : results.values()) {
      Map<String, List<String>> labels = labels(result);
      assertThat(labels.getOrDefault("suite", List.of()))
          .as("suite labels of %s", result)
          .hasSizeLessThanOrEqualTo(1);
      assertThat(labels.getOrDefault("parentSuite", List.of())).hasSizeLessThanOrEqualTo(1);
      assertThat(result.get("fullName").asText()).doesNotContain("[engine:").contains("BareModels");
    }
  }

  /**
   * Two suites of one class that share {@code rowCount}, and two metric tests of one method: every
   * Allure result has one set of suite labels, and its (suites, name) and full name are its own.
   */
  @Test
  void everyTestIsListedOnceUnderItsOwnNames(@TempDir Path both) throws IOException {
    dev.mltest.engine.regression.BareModels.writeData(out);
    AllureLauncherRun.execute(
        both,
        out,
        selectClass(fixtures.entry.BasicSuites.class),
        selectClass(dev.mltest.engine.regression.BareModels.class));

    List<String> places = new ArrayList<>();
    List<String> fullNames = new ArrayList<>();
    for (JsonNode result : byName(both).values()) {
      Map<String, List<String>> labels = labels(result);
      List<String> place = new ArrayList<>();
      for (String label : List.of("parentSuite", "suite", "subSuite")) {
        List<String> values = labels.getOrDefault(label, List.of());
        assertThat(values).as("%s of %s", label, result).hasSizeLessThanOrEqualTo(1);
        place.addAll(values);
      }
      place.add(result.get("name").asText());
      places.add(String.join(" / ", place));
      fullNames.add(result.get("fullName").asText());
    }
    assertThat(places).doesNotHaveDuplicates();
    assertThat(fullNames)
        .doesNotHaveDuplicates()
        .contains(
            "fixtures/basic/customers.mltest.yaml › rowCount",
            "fixtures/basic/broken.mltest.yaml › rowCount",
            "dev.mltest.engine.regression.BareModels › bounded() › accuracy");
  }

  @Test
  void eachMetricTestAndTheModelsContainerShowTheModelsWholeMetricTable(@TempDir Path regression)
      throws IOException {
    dev.mltest.engine.regression.BareModels.writeData(out);
    AllureLauncherRun.execute(
        regression,
        out,
        org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod(
            dev.mltest.engine.regression.BareModels.class, "bounded"));

    Map<String, JsonNode> results = byName(regression);
    assertThat(results)
        .as(results.keySet().toString())
        .containsKeys("bounded() › accuracy", "bounded() › macroF1");
    for (String metric : List.of("accuracy", "macroF1")) {
      JsonNode result = results.get("bounded() › " + metric);
      assertThat(attachments(result))
          .as(metric)
          .contains("metric deltas|text/csv", "metric deltas|text/html");
      assertThat(labels(result).get("subSuite")).as(metric).containsExactly("bounded()");
      String table = content(result, "metric deltas", regression);
      assertThat(table.lines().findFirst())
          .hasValue("Metric,Baseline,Current,Δ,Δ%,Δ interval,Allowed,Direction,Verdict");
      assertThat(table.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))))
          .as("every metric of the model, on the test of %s", metric)
          .containsExactlyInAnyOrder("accuracy", "macroF1");
    }
    List<JsonNode> fixtures = new ArrayList<>();
    try (Stream<Path> files = Files.list(regression)) {
      for (Path file : files.filter(f -> f.toString().endsWith("-container.json")).toList()) {
        JsonNode container = JSON.readTree(file.toFile());
        if (container.has("befores")) {
          container.get("befores").forEach(fixtures::add);
        }
      }
    }
    assertThat(fixtures)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.get("name").asText()).isEqualTo("metric deltas of BareModels.bounded()");
              assertThat(attachments(f))
                  .containsExactly("metric deltas|text/csv", "metric deltas|text/html");
              assertThat(content(f, "metric deltas", regression)).contains("accuracy", "macroF1");
            });
  }

  private static Map<String, JsonNode> byName(Path directory) throws IOException {
    return byName(directory, "[engine:ml-test]");
  }

  private static Map<String, JsonNode> byName(Path directory, String engine) throws IOException {
    Map<String, JsonNode> results = new HashMap<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.toString().endsWith("-result.json")).toList()) {
        JsonNode result = JSON.readTree(file.toFile());
        if (result.get("testCaseId").asText().startsWith(engine)) {
          assertThat(results.put(result.get("name").asText(), result))
              .as("one result per node")
              .isNull();
        }
      }
    }
    return results;
  }

  private static Map<String, List<String>> labels(JsonNode result) {
    Map<String, List<String>> labels = new HashMap<>();
    result
        .get("labels")
        .forEach(
            l ->
                labels
                    .computeIfAbsent(l.get("name").asText(), k -> new ArrayList<>())
                    .add(l.get("value").asText()));
    labels.values().forEach(v -> v.sort(String::compareTo));
    return labels;
  }

  private static Map<String, String> parameters(JsonNode result) {
    Map<String, String> parameters = new HashMap<>();
    result
        .get("parameters")
        .forEach(p -> parameters.put(p.get("name").asText(), p.get("value").asText()));
    return parameters;
  }

  private static String status(JsonNode result) {
    return result.get("status").asText();
  }

  private static List<String> attachments(JsonNode result) {
    List<String> attachments = new ArrayList<>();
    result
        .get("attachments")
        .forEach(a -> attachments.add(a.get("name").asText() + "|" + a.get("type").asText()));
    return attachments;
  }

  private static String source(JsonNode result, String name) {
    for (JsonNode a : result.get("attachments")) {
      if (a.get("name").asText().equals(name)) {
        return a.get("source").asText();
      }
    }
    throw new AssertionError("no attachment " + name);
  }

  private String content(JsonNode result, String name) throws IOException {
    return Files.readString(results.resolve(source(result, name)), StandardCharsets.UTF_8);
  }

  private static String content(JsonNode result, String name, Path directory) throws IOException {
    return Files.readString(directory.resolve(source(result, name)), StandardCharsets.UTF_8);
  }

  private static Path resource(String name) {
    return MlTestKit.resourcePath(name);
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
