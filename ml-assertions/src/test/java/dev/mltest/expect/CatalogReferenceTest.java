package dev.mltest.expect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The committed reference page matches the catalog, and every example in it is a valid suite entry.
 * Run with {@code -Dmltest.docs.update=true} to rewrite the page.
 */
class CatalogReferenceTest {
  /** Surefire runs in the module directory; the docs live at the repository root. */
  static final Path REFERENCE = Path.of("..", "docs", "reference", "expectations.md");

  @Test
  void committedReferenceIsUpToDate() throws IOException {
    String generated = CatalogReference.markdown(Catalog.standard());
    if (Boolean.getBoolean("mltest.docs.update")) {
      Files.createDirectories(REFERENCE.getParent());
      Files.writeString(REFERENCE, generated, StandardCharsets.UTF_8);
      return;
    }
    String committed =
        Files.exists(REFERENCE)
            ? Files.readString(REFERENCE, StandardCharsets.UTF_8).replace("\r\n", "\n")
            : "";
    if (!committed.equals(generated)) {
      fail(
          "docs/reference/expectations.md is stale; run `%s` (or set -Dmltest.docs.update=true)"
                  .formatted(CatalogReference.UPDATE_COMMAND)
              + " and commit the result");
    }
  }

  static List<ExpectationType> types() {
    return List.copyOf(Catalog.standard().types());
  }

  @ParameterizedTest
  @MethodSource("types")
  void exampleParsesWithSafeYamlIntoAnAcceptedSpec(ExpectationType type) {
    Object yaml = new Load(LoadSettings.builder().build()).loadFromString(type.example());
    assertThat(yaml).as("a YAML list with one item").isInstanceOf(List.class);
    List<?> items = (List<?>) yaml;
    assertThat(items).hasSize(1);
    assertThat(items.get(0)).isInstanceOf(Map.class);
    @SuppressWarnings("unchecked")
    Map<String, ?> item = (Map<String, ?>) items.get(0);
    ExpectationSpec spec = ExpectationSpec.parse(Catalog.standard(), item);
    assertThat(spec.type()).isSameAs(type);
  }

  @Test
  void indexLinksToOneSectionPerExpectation() {
    String md = CatalogReference.markdown(Catalog.standard());
    for (ExpectationType type : Catalog.standard().types()) {
      assertThat(md)
          .contains("| [`%s`](#%s) |".formatted(type.key(), type.key().toLowerCase()))
          .containsOnlyOnce("\n## `%s`\n".formatted(type.key()))
          .contains(type.example().strip());
    }
  }

  @Test
  void sectionsListTheirParametersAndTheCommonOptionsThatApply() {
    String md = CatalogReference.markdown(Catalog.standard());
    assertThat(section(md, "between"))
        .contains("| `column` | a column name | required | The column to check. |")
        .contains(
            "| `strictMin` | true or false | default `false` | Exclude the lower bound itself. |")
        .contains(
            "*Common options:* `id`, `description`, `severity`, `where`, `mostly`, `sampleSize`,"
                + " `keyColumns`.");
    assertThat(section(md, "distinctValues"))
        .contains(
            "| `mode` | one of `subset`, `superset`, `equal` | default `equal` | How the distinct"
                + " values relate to `values`. |")
        .contains("*Common options:* `id`, `description`, `severity`, `where`, `sampleSize`,");
    assertThat(section(md, "columnType"))
        .contains("*Kind:* schema.")
        .contains("*Common options:* `id`, `description`, `severity`.");
    assertThat(section(md, "duplicateRows")).contains("| `max` | a whole number | default `0` |");
  }

  @Test
  void sampleOptionsOnlyWhereFailuresListOffendingValues() {
    String md = CatalogReference.markdown(Catalog.standard());
    String dataOnly = "*Common options:* `id`, `description`, `severity`, `where`.";
    for (String key :
        List.of(
            "rowCount",
            "nullRatio",
            "distinctCount",
            "minBetween",
            "maxBetween",
            "meanBetween",
            "stdevBetween",
            "quantilesBetween")) {
      assertThat(section(md, key)).as(key).contains(dataOnly);
    }
    for (String key : List.of("primaryKey", "duplicateRows", "distinctValues")) {
      assertThat(section(md, key)).as(key).contains("`where`, `sampleSize`, `keyColumns`.");
    }
  }

  @Test
  void boundsMentionStrictnessOnlyWhereItExists() {
    String md = CatalogReference.markdown(Catalog.standard());
    assertThat(section(md, "rowCount"))
        .contains(
            "| `min` | a whole number | optional | Smallest accepted row count (inclusive). |");
    assertThat(section(md, "meanBetween"))
        .contains("Smallest accepted mean (inclusive unless `strictMin`).")
        .contains("| `strictMin` |");
  }

  @Test
  void commonOptionsCoverEveryOptionTheParserAccepts() {
    List<String> documented = Arrays.stream(CommonOption.values()).map(CommonOption::key).toList();
    assertThat(documented)
        .containsExactlyElementsOf(
            ExpectationSpec.COMMON_OPTIONS.stream().filter(o -> !o.equals("expect")).toList());
  }

  private static String section(String md, String key) {
    int start = md.indexOf("\n## `" + key + "`\n");
    int end = md.indexOf("\n## ", start + 1);
    return md.substring(start, end < 0 ? md.length() : end);
  }
}
