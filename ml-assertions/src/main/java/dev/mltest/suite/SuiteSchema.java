package dev.mltest.suite;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.CsvColumnTypes;
import dev.mltest.data.FileDataset;
import dev.mltest.drift.Correction;
import dev.mltest.drift.DriftMethod;
import dev.mltest.drift.DriftRule;
import dev.mltest.expect.Catalog;
import dev.mltest.expect.ExpectationKind;
import dev.mltest.expect.ExpectationType;
import dev.mltest.expect.ParameterSpec;
import dev.mltest.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Generates the JSON Schema (draft-07) of suite files from the catalog, so IDEs validate and
 * complete suite files and the schema cannot drift from the parser. The committed copy is {@code
 * docs/schema/mltest-suite.schema.json}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SuiteSchema {
  /** Where the schema is published, relative to the repository root. */
  public static final String PATH = "docs/schema/mltest-suite.schema.json";

  private SuiteSchema() {}

  /** The schema for the standard catalog, as JSON text. */
  public static String json() {
    return json(Catalog.standard());
  }

  /** The schema for a catalog, as JSON text. */
  public static String json(Catalog catalog) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", "http://json-schema.org/draft-07/schema#");
    root.put("$id", "https://github.com/mltest/mltest/docs/schema/mltest-suite.schema.json");
    root.put("title", "MLTest suite file (*.mltest.yaml)");
    root.put(
        "description",
        "A dataset and the expectations (and drift checks) it must meet. Generated from the expectation catalog.");
    root.put("type", "object");
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(
        "suite", doc(type("string"), "Display name of the suite (default: the file name)."));
    properties.put("description", type("string"));
    properties.put("dataset", dataset());
    properties.put(
        "backend",
        doc(
            obj("type", "string", "pattern", "^[A-Za-z][A-Za-z0-9_-]*$"),
            "The data backend that runs this suite, e.g. spark (needs ml-test-spark); default: the configuration parameter mltest.backend, else duckdb."));
    properties.put(
        "allowEmpty",
        doc(type("boolean"), "Whether a dataset with no rows is acceptable (default false)."));
    properties.put("tags", doc(stringArray(), "JUnit tags for every test of the suite."));
    properties.put(
        "expectations", obj("type", "array", "items", obj("$ref", "#/definitions/expectation")));
    properties.put("drift", drift());
    root.put("properties", properties);
    root.put("required", List.of("dataset"));
    root.put("additionalProperties", false);
    Map<String, Object> definitions = new LinkedHashMap<>();
    definitions.put("expectation", expectation(catalog));
    definitions.put("methodChoice", methodChoice());
    root.put("definitions", definitions);
    return Json.write(root);
  }

  /** The names {@link dev.mltest.data.CatalogTable} accepts: 1 to 3 plain identifiers. */
  private static final String CATALOG_TABLE_PATTERN =
      "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*){0,2}$";

  private static Map<String, Object> dataset() {
    Map<String, Object> mapping = new LinkedHashMap<>();
    mapping.put("type", "object");
    Map<String, Object> options = new LinkedHashMap<>();
    for (String option : FileDataset.CSV_OPTIONS.stream().sorted().toList()) {
      options.put(option, obj("type", List.of("string", "number", "boolean")));
    }
    options.put(CsvColumnTypes.OPTION, columnTypes());
    mapping.put(
        "properties",
        obj(
            "path", type("string"),
            "format", obj("enum", List.of("csv", "parquet", "jsonl")),
            "options",
                obj("type", "object", "properties", options, "additionalProperties", false)));
    mapping.put("required", List.of("path"));
    mapping.put("additionalProperties", false);
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("type", "object");
    table.put(
        "properties",
        obj(
            "table",
            doc(
                obj("type", "string", "pattern", CATALOG_TABLE_PATTERN),
                "A table in the Spark catalog, e.g. db.events (Spark backend only).")));
    table.put("required", List.of("table"));
    table.put("additionalProperties", false);
    return doc(
        obj("oneOf", List.of(type("string"), mapping, table)),
        "A .csv, .parquet or .jsonl file, relative to the suite file or to mltest.data.root; a Hadoop URI such as s3a://bucket/folder/ under mltest.spark.allowed-locations (backend: spark); or {table: db.events}, a Spark catalog table (backend: spark).");
  }

  /** {@code types: {column: TYPE}}: the allow-listed names in upper or lower case. */
  private static Map<String, Object> columnTypes() {
    List<Object> names = new ArrayList<>();
    for (String name : CsvColumnTypes.spellings()) {
      names.add(name);
      names.add(name.toLowerCase(java.util.Locale.ROOT));
    }
    Map<String, Object> type =
        obj(
            "anyOf",
            List.of(
                obj("enum", names),
                obj(
                    "type",
                    "string",
                    "pattern",
                    "^(DECIMAL|decimal|NUMERIC|numeric) ?\\( ?[0-9]{1,2} ?, ?[0-9]{1,2} ?\\)$")));
    return doc(
        obj("type", "object", "additionalProperties", type),
        "Column types that override the detected ones, e.g. {flag: VARCHAR, amount: DOUBLE}.");
  }

  private static Map<String, Object> drift() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("reference", obj("$ref", "#/properties/dataset"));
    properties.put(
        "rule",
        doc(
            obj("enum", DriftRule.keys()),
            "default: a test (KS or chi-square contingency) and a material effect size; evidently: Evidently's rule."));
    properties.put("columns", stringArray());
    properties.put("exclude", stringArray());
    properties.put(
        "include",
        doc(stringArray(), "Columns compared even if they look like keys or near-unique text."));
    properties.put("method", obj("enum", DriftMethod.keys()));
    properties.put("threshold", type("number"));
    properties.put("numeric", obj("$ref", "#/definitions/methodChoice"));
    properties.put("categorical", obj("$ref", "#/definitions/methodChoice"));
    properties.put(
        "perColumn",
        obj("type", "object", "additionalProperties", obj("$ref", "#/definitions/methodChoice")));
    properties.put(
        "datasetDrift",
        obj(
            "type",
            "object",
            "properties",
            obj("share", ratio(), "correction", obj("enum", Correction.keys())),
            "additionalProperties",
            false));
    properties.put("outOfReferenceRange", ratio());
    properties.put("newCategories", ratio());
    properties.put(
        "effectSize",
        obj(
            "type",
            "object",
            "properties",
            obj("numeric", ratio(), "categorical", ratio(), "missing", ratio()),
            "additionalProperties",
            false));
    properties.put("severity", obj("enum", List.of("error", "warn")));
    Map<String, Object> drift = new LinkedHashMap<>();
    drift.put(
        "description",
        "Compares the suite's dataset (current) with a reference dataset, column by column.");
    drift.put("type", "object");
    drift.put("properties", properties);
    drift.put("required", List.of("reference"));
    drift.put("additionalProperties", false);
    return drift;
  }

  private static Map<String, Object> methodChoice() {
    return obj(
        "type",
        "object",
        "properties",
        obj("method", obj("enum", DriftMethod.keys()), "threshold", type("number")),
        "additionalProperties",
        false);
  }

  private static Map<String, Object> expectation(Catalog catalog) {
    Map<String, Object> expectation = new LinkedHashMap<>();
    expectation.put("type", "object");
    expectation.put("required", List.of("expect"));
    expectation.put("properties", obj("expect", obj("enum", catalog.keys())));
    List<Object> cases = new ArrayList<>();
    for (ExpectationType type : catalog.types()) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("expect", obj("const", type.key()));
      properties.put("id", type("string"));
      properties.put("description", type("string"));
      properties.put("severity", obj("enum", List.of("error", "warn")));
      properties.put(
          "where",
          doc(type("string"), "An SQL boolean expression; only rows where it holds are judged."));
      if (type.kind() == ExpectationKind.ROW) {
        properties.put(
            "mostly", doc(ratio(), "The share of judged rows that must pass (default 1)."));
      }
      properties.put("sampleSize", obj("type", "integer", "minimum", 0, "maximum", 1000));
      properties.put("keyColumns", columns());
      List<String> required = new ArrayList<>(List.of("expect"));
      for (ParameterSpec p : type.parameters()) {
        properties.put(p.name(), doc(parameter(p), p.doc()));
        if (p.required()) {
          required.add(p.name());
        }
      }
      Map<String, Object> then = new LinkedHashMap<>();
      then.put("description", type.summary());
      then.put("properties", properties);
      then.put("required", required);
      then.put("additionalProperties", false);
      cases.add(
          obj("if", obj("properties", obj("expect", obj("const", type.key()))), "then", then));
    }
    expectation.put("allOf", cases);
    return expectation;
  }

  private static Map<String, Object> parameter(ParameterSpec p) {
    return switch (p.type()) {
      case COLUMN, STRING, REGEX -> type("string");
      case COLUMNS -> columns();
      case BOOLEAN -> type("boolean");
      case INTEGER -> type("integer");
      case NUMBER -> type("number");
      case RATIO -> ratio();
      case VALUE -> obj("type", List.of("string", "number", "boolean"));
      case VALUE_LIST ->
          obj("type", "array", "items", obj("type", List.of("string", "number", "boolean")));
      case STRING_LIST -> stringArray();
      case REGEX_LIST, LIKE_PATTERNS ->
          obj("type", "array", "items", type("string"), "minItems", 1);
      case CHOICE -> obj("enum", p.choices());
      case CATEGORY_SHARES ->
          obj(
              "type",
              "object",
              "additionalProperties",
              obj("type", "number", "minimum", 0, "maximum", 1));
      case HISTOGRAM ->
          obj(
              "type",
              "object",
              "properties",
              obj(
                  "edges",
                  obj("type", "array", "items", type("number"), "minItems", 2),
                  "shares",
                  obj("type", "array", "items", ratio(), "minItems", 1)),
              "required",
              List.of("edges", "shares"),
              "additionalProperties",
              false);
      // The schema is checked against its draft's meta-schema when the suite is read.
      case JSON_SCHEMA -> obj("type", List.of("object", "boolean"));
      case QUANTILE_RANGES ->
          obj(
              "type",
              "array",
              "items",
              obj(
                  "type",
                  "object",
                  "properties",
                  obj("quantile", ratio(), "min", type("number"), "max", type("number")),
                  "required",
                  List.of("quantile"),
                  "additionalProperties",
                  false));
    };
  }

  private static Map<String, Object> columns() {
    return obj("oneOf", List.of(type("string"), stringArray()));
  }

  private static Map<String, Object> stringArray() {
    return obj("type", "array", "items", type("string"));
  }

  private static Map<String, Object> ratio() {
    return obj("type", "number", "minimum", 0, "maximum", 1);
  }

  private static Map<String, Object> type(String name) {
    return obj("type", name);
  }

  private static Map<String, Object> doc(Map<String, Object> schema, String description) {
    Map<String, Object> out = new LinkedHashMap<>(schema);
    out.put("description", description);
    return out;
  }

  /** An ordered JSON object from alternating keys and values. */
  private static Map<String, Object> obj(Object... keysAndValues) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      out.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return out;
  }
}
