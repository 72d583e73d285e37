package dev.mltest.suite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.mltest.expect.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The published JSON Schema is the generated one, covers the whole catalog, accepts every suite in
 * the repository that is meant to be valid, and rejects what the parser rejects.
 */
class SuiteSchemaTest {
  private static final Path ROOT = Path.of("..");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void publishedSchemaIsTheGeneratedOne() throws IOException {
    Path published = ROOT.resolve(SuiteSchema.PATH);
    if (Boolean.getBoolean("mltest.docs.update")) {
      Files.writeString(published, SuiteSchema.json());
    }
    assertThat(Files.readString(published))
        .as(
            "%s is stale; run `mvn -pl ml-assertions test -Dtest=SuiteSchemaTest -Dmltest.docs.update=true`",
            SuiteSchema.PATH)
        .isEqualTo(SuiteSchema.json());
  }

  @Test
  void schemaCoversTheWholeCatalog() throws IOException {
    JsonNode schema = JSON.readTree(SuiteSchema.json());
    List<String> keys =
        JSON.convertValue(schema.at("/definitions/expectation/properties/expect/enum"), List.class);
    assertThat(keys).containsExactlyElementsOf(Catalog.standard().keys());
    assertThat(schema.at("/definitions/expectation/allOf").size())
        .isEqualTo(Catalog.standard().keys().size());
  }

  static Stream<Path> repositorySuites() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".mltest.yaml"))
          .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
          .filter(
              p ->
                  !p.toString().contains("/fixtures/badinput/")
                      && !p.toString().contains("unknown-method"))
          .filter(p -> SuiteParser.parse(p.toString(), read(p)).problems().isEmpty())
          .filter(
              p ->
                  SuiteParser.parse(p.toString(), read(p)).entries().stream()
                      .allMatch(e -> e.problem() == null))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("repositorySuites")
  void everyValidSuiteInTheRepositoryMatchesTheSchema(Path suite) throws IOException {
    assertThat(validate(read(suite))).as(suite.toString()).isEmpty();
  }

  @Test
  void theSchemaRejectsWhatTheParserRejects() throws IOException {
    assertThat(validate("dataset: a.csv\nexpectations:\n  - expect: betwen\n    column: a\n"))
        .isNotEmpty();
    assertThat(
            validate(
                "dataset: a.csv\nexpectations:\n  - expect: between\n    colum: a\n    min: 1\n"))
        .isNotEmpty();
    assertThat(validate("dataset: a.csv\nexpectations:\n  - expect: rowCount\n    mostly: 0.5\n"))
        .isNotEmpty();
    assertThat(validate("dataset: a.csv\nexpectatons: []\n")).isNotEmpty();
    assertThat(validate("dataset: a.csv\ndrift:\n  reference: b.csv\n  method: kss\n"))
        .isNotEmpty();
    assertThat(
            validate(
                "dataset: a.csv\nexpectations:\n  - expect: notNull\n    column: a\n    mostly: 0.9\n"))
        .isEmpty();
  }

  @Test
  void theSchemaKnowsTheColumnTypesTheParserAccepts() throws IOException {
    String suite = "dataset:\n  path: a.csv\n  options:\n    types: {%s}\nexpectations: []\n";
    for (String accepted :
        List.of("flag: VARCHAR", "flag: string, n: \"DECIMAL(10, 2)\"", "n: \"numeric(4,1)\"")) {
      assertThat(validate(suite.formatted(accepted))).as(accepted).isEmpty();
      assertThat(SuiteParser.parse("a", suite.formatted(accepted)).problems()).isEmpty();
    }
    for (String refused : List.of("flag: VARCHR", "flag: \"VARCHAR'); DROP TABLE t; --\"")) {
      assertThat(validate(suite.formatted(refused))).as(refused).isNotEmpty();
      assertThat(SuiteParser.parse("a", suite.formatted(refused)).problems()).isNotEmpty();
    }
  }

  private static Set<ValidationMessage> validate(String yaml) throws IOException {
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
            .getSchema(JSON.readTree(SuiteSchema.json()));
    Object document = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    return schema.validate(JSON.valueToTree(document));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
