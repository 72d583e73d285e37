package dev.mltest.expect;

import dev.mltest.data.Column;
import dev.mltest.data.ColumnType;
import dev.mltest.data.TableSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Renders the reference documentation of a catalog as Markdown: an index, the common options, and
 * one section per expectation with its semantics, parameters and a YAML example. The committed
 * {@code docs/reference/expectations.md} is this output for the standard catalog.
 */
final class CatalogReference {
  /** How to regenerate the committed file; printed at its top and in the staleness failure. */
  static final String UPDATE_COMMAND =
      "mvn -pl ml-assertions test -Dtest=CatalogReferenceTest -Dmltest.docs.update=true";

  private CatalogReference() {}

  /** The reference page for all expectations of the catalog, in catalog order. */
  static String markdown(Catalog catalog) {
    StringBuilder md = new StringBuilder();
    md.append("<!-- Generated from the expectation catalog by dev.mltest.expect.CatalogReference.")
        .append(" Do not edit; regenerate with:\n     ")
        .append(UPDATE_COMMAND)
        .append(" -->\n\n");
    md.append("# Expectation reference\n\n")
        .append("Every expectation a suite file can use, with its parameters. In Java, ")
        .append("`MlAssertions.assertThat(dataset).satisfies(key, options)` takes the same keys ")
        .append("and parameters (see [assertions](../assertions.md)).\n\n")
        .append("Kinds: *schema* expectations judge the columns without reading rows; ")
        .append("*aggregate* expectations judge one measured value; *per-row* expectations judge ")
        .append("each row and take `mostly`. A dataset with no rows fails every aggregate and ")
        .append("per-row expectation except `rowCount`, unless the suite sets `allowEmpty: true`.")
        .append("\n\n");
    index(md, catalog);
    commonOptions(md);
    for (ExpectationType type : catalog.types()) {
      section(md, catalog, type);
    }
    return md.toString().stripTrailing() + "\n";
  }

  private static void index(StringBuilder md, Catalog catalog) {
    md.append("## Index\n\n| Expectation | Kind | Summary |\n|---|---|---|\n");
    for (ExpectationType type : catalog.types()) {
      md.append("| [`")
          .append(type.key())
          .append("`](#")
          .append(type.key().toLowerCase(Locale.ROOT))
          .append(") | ")
          .append(kind(type.kind()))
          .append(" | ")
          .append(cell(type.summary()))
          .append(" |\n");
    }
    md.append('\n');
  }

  private static void commonOptions(StringBuilder md) {
    md.append("## Common options\n\n")
        .append("Besides its own parameters, an expectation takes these options; each section ")
        .append("lists the ones that affect it.\n\n")
        .append("| Option | Type | Description |\n|---|---|---|\n");
    for (CommonOption option : CommonOption.values()) {
      md.append("| `")
          .append(option.key())
          .append("` | ")
          .append(cell(option.type()))
          .append(" | ")
          .append(cell(option.doc()))
          .append(" |\n");
    }
    md.append('\n');
  }

  private static void section(StringBuilder md, Catalog catalog, ExpectationType type) {
    md.append("## `").append(type.key()).append("`\n\n");
    md.append(type.summary()).append("\n\n");
    md.append("*Kind:* ").append(kind(type.kind())).append(". ");
    md.append(type.semantics()).append("\n\n");
    if (type.parameters().isEmpty()) {
      md.append("*Parameters:* none.\n\n");
    } else {
      md.append("| Parameter | Type | Required / default | Description |\n|---|---|---|---|\n");
      for (ParameterSpec p : type.parameters()) {
        md.append("| `")
            .append(p.name())
            .append("` | ")
            .append(cell(typeText(p)))
            .append(" | ")
            .append(requirement(p))
            .append(" | ")
            .append(cell(p.doc()))
            .append(" |\n");
      }
      md.append('\n');
    }
    md.append("*Common options:* ")
        .append(
            CommonOption.applyingTo(type.kind(), listsOffendingValues(catalog, type)).stream()
                .map(o -> "`" + o.key() + "`")
                .collect(Collectors.joining(", ")))
        .append(".\n\n");
    md.append("```yaml\n").append(type.example().strip()).append("\n```\n\n");
  }

  /**
   * Whether failures list offending values: the check built from the entry's example says, so the
   * docs follow the code.
   */
  private static boolean listsOffendingValues(Catalog catalog, ExpectationType type) {
    if (type.kind() == ExpectationKind.SCHEMA) {
      return false;
    }
    ExpectationSpec example = ExpectationSpec.parse(catalog, exampleMapping(type));
    TableSchema schema =
        new TableSchema(
            example.columns().stream()
                .map(c -> new Column(c, ColumnType.STRING, "VARCHAR"))
                .toList());
    return example.check().listsOffendingRows(schema);
  }

  /** The entry's YAML example, a list of one mapping, read with safe default settings. */
  static Map<String, ?> exampleMapping(ExpectationType type) {
    Object yaml = new Load(LoadSettings.builder().build()).loadFromString(type.example());
    if (yaml instanceof List<?> items
        && items.size() == 1
        && items.get(0) instanceof Map<?, ?> item) {
      Map<String, Object> mapping = new LinkedHashMap<>();
      item.forEach((k, v) -> mapping.put(String.valueOf(k), v));
      return mapping;
    }
    throw new IllegalStateException(
        "the example of '%s' is not a YAML list of one mapping".formatted(type.key()));
  }

  private static String kind(ExpectationKind kind) {
    return switch (kind) {
      case SCHEMA -> "schema";
      case AGGREGATE -> "aggregate";
      case ROW -> "per-row";
    };
  }

  private static String typeText(ParameterSpec p) {
    if (p.type() == ParameterType.CHOICE) {
      return "one of "
          + p.choices().stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "));
    }
    return p.type().description();
  }

  private static String requirement(ParameterSpec p) {
    if (p.required()) {
      return "required";
    }
    return p.defaultValue() == null ? "optional" : "default `" + p.defaultValue() + "`";
  }

  /** Text safe inside a table cell. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
