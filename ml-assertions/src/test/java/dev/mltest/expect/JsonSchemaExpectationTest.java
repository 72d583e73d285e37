package dev.mltest.expect;

import static dev.mltest.expect.Evaluations.column;
import static dev.mltest.expect.Evaluations.evaluate;
import static dev.mltest.expect.ExpectationResult.Status.ERROR;
import static dev.mltest.expect.ExpectationResult.Status.FAILED;
import static dev.mltest.expect.ExpectationResult.Status.PASSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mltest.data.ColumnType;
import dev.mltest.data.Dataset;
import dev.mltest.data.InMemoryTable;
import dev.mltest.data.ValueSample;
import dev.mltest.expect.InvalidExpectationException.Problem;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code matchesJsonSchema}: evaluation, definition-time refusals of untrusted schemas, and
 * conformance with the documented semantics it is modelled on. Sources of expected values: "GE" is
 * the gallery page of Great Expectations' {@code expect_column_values_to_match_json_schema} (a
 * column map expectation: nulls are not judged, {@code mostly} applies, each value is parsed with
 * Python's {@code json.loads} and validated with {@code jsonschema.validate}, no format checker);
 * "JSON Schema 2020-12 §x" is a section of the draft 2020-12 Core or Validation specification; "RFC
 * 8259" is the JSON grammar.
 */
class JsonSchemaExpectationTest {
  private static final Map<String, Object> PERSON =
      Map.of(
          "type",
          "object",
          "required",
          List.of("id"),
          "properties",
          Map.of("id", Map.of("type", "integer"), "name", Map.of("type", "string")));

  private static ExpectationResult check(InMemoryTable table, Map<String, Object> schema) {
    return evaluate(table, "matchesJsonSchema", Map.of("column", "j", "schema", schema));
  }

  private static Problem refusal(Object schema) {
    InvalidExpectationException e =
        catchThrowableOfType(
            InvalidExpectationException.class,
            () -> ExpectationSpec.of("matchesJsonSchema", Map.of("column", "j", "schema", schema)));
    assertThat(e).as("refused when the suite is read").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  @Nested
  class Evaluation {
    @Test
    void failingValuesAreQuotedWithTheirRowAndReason() {
      InMemoryTable t =
          column(
              "j",
              ColumnType.STRING,
              "{\"id\": 1, \"name\": \"a\"}",
              "{\"id\": \"2\"}",
              null,
              "not json",
              "{\"name\": \"b\"}",
              "{\"id\": \"2\"}");
      ExpectationResult r = check(t, PERSON);
      assertThat(r.status()).isEqualTo(FAILED);
      // 6 rows, 1 null (not judged), 4 failing of 5 judged.
      assertThat(r.counts()).isEqualTo(new Counts(6, 1, 4));
      assertThat(r.message())
          .startsWith("j: 80% of 5 non-null values do not match the JSON Schema (mostly 1 allows")
          .contains("'{\"id\": \"2\"}' (2 rows, first row 2: $.id: string found, integer expected)")
          .contains("'not json' (row 4: not JSON: Unrecognized token 'not'")
          .contains("'{\"name\": \"b\"}' (row 5: $: required property 'id' not found)");
      assertThat(r.samples())
          .extracting(ValueSample::value, ValueSample::count, ValueSample::firstRow)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("'{\"id\": \"2\"}'", 2L, 2L),
              org.assertj.core.groups.Tuple.tuple("'not json'", 1L, 4L),
              org.assertj.core.groups.Tuple.tuple("'{\"name\": \"b\"}'", 1L, 5L));
    }

    @Test
    void mostlyAndSampleSizeApply() {
      InMemoryTable t =
          Evaluations.generated(
              "j", ColumnType.STRING, 100, i -> i < 3 ? "[" + i + "]" : "{\"id\": " + i + "}");
      Map<String, Object> options = new LinkedHashMap<>();
      options.put("column", "j");
      options.put("schema", PERSON);
      options.put("mostly", 0.97);
      options.put("sampleSize", 2);
      ExpectationResult r = evaluate(t, "matchesJsonSchema", options);
      // By hand: 3 of 100 fail; 97 pass = 0.97 * 100.
      assertThat(r.status()).isEqualTo(PASSED);
      options.put("mostly", 0.98);
      ExpectationResult strict = evaluate(t, "matchesJsonSchema", options);
      assertThat(strict.status()).isEqualTo(FAILED);
      assertThat(strict.samples()).hasSize(2);
      assertThat(strict.samples().get(0).firstRow()).isEqualTo(1);
    }

    @Test
    void whereAndKeyColumnsApply() {
      InMemoryTable t =
          Dataset.table("t")
              .column("id", ColumnType.INTEGER)
              .column("j", ColumnType.STRING)
              .row(7L, "{}")
              .row(8L, "{\"id\": 1}")
              .build();
      ExpectationResult r =
          evaluate(
              t,
              "matchesJsonSchema",
              Map.of("column", "j", "schema", PERSON, "keyColumns", List.of("id")));
      assertThat(r.message()).contains("'{}' (id=7: $: required property 'id' not found)");
      assertThat(
              evaluate(
                      t,
                      "matchesJsonSchema",
                      Map.of("column", "j", "schema", PERSON, "where", "id = 8"))
                  .status())
          .isEqualTo(PASSED);
    }

    @Test
    void aValueLongerThanTheLimitFailsWithoutBeingRead() {
      String huge = "[" + "1,".repeat(InlineJsonSchema.MAX_VALUE_LENGTH / 2) + "1]";
      ExpectationResult r =
          check(column("j", ColumnType.STRING, huge, "[1]"), Map.of("type", "array"));
      assertThat(r.counts()).isEqualTo(new Counts(2, 0, 1));
      assertThat(r.message())
          .contains(
              "… (1,000,003 chars) (row 1: 1,000,003 characters, more than the 1,000,000 this"
                  + " check reads)");
    }

    @Test
    void aValueNestedTooDeepFailsWithoutBeingValidated() {
      String deep = "[".repeat(101) + "]".repeat(101);
      ExpectationResult r = check(column("j", ColumnType.STRING, deep), Map.of());
      assertThat(r.message()).contains("not validated: nested more than 100 levels deep");
    }

    @Test
    void nonTextColumnsAreRefusedNamingTheirType() {
      ExpectationResult r = check(column("j", ColumnType.INTEGER, 1L), Map.of());
      assertThat(r.status()).isEqualTo(ERROR);
      assertThat(r.message())
          .isEqualTo("'matchesJsonSchema' needs a string column, but 'j' is integer (BIGINT)");
    }

    @Test
    void duckDbJsonColumnsAreJudged(@TempDir Path dir) throws Exception {
      Path parquet = dir.resolve("events.parquet");
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
          Statement s = c.createStatement()) {
        s.execute(
            "COPY (SELECT CAST(j AS JSON) AS j FROM (VALUES ('{\"id\": 1}'), ('{\"id\": 1.5}'),"
                + " (NULL)) v(j)) TO '"
                + parquet
                + "' (FORMAT parquet)");
      }
      ExpectationResult r =
          evaluate(
              Dataset.parquet(parquet),
              "matchesJsonSchema",
              Map.of("column", "j", "schema", PERSON));
      assertThat(r.counts()).isEqualTo(new Counts(3, 1, 1));
      assertThat(r.message()).contains("$.id: number found, integer expected");
    }
  }

  @Nested
  class Definition {
    @Test
    void aRemoteRefIsRefusedOnItsOwnNode() {
      Problem p =
          refusal(
              Map.of(
                  "properties",
                  Map.of("id", Map.of("$ref", "https://example.com/id.schema.json"))));
      assertThat(p.key()).isEqualTo("schema");
      assertThat(p.path()).containsExactly("properties", "id", "$ref");
      assertThat(p.message())
          .startsWith(
              "'$ref: https://example.com/id.schema.json' points outside this schema; MLTest"
                  + " never fetches a URL or reads a file");
    }

    @Test
    void fileAndRelativeRefsAreRefused() {
      assertThat(refusal(Map.of("$ref", "file:///etc/passwd")).message())
          .contains("points outside this schema");
      assertThat(refusal(Map.of("$ref", "other.json#/a")).message())
          .contains("points outside this schema");
      assertThat(refusal(Map.of("$dynamicRef", "../x.json")).path()).containsExactly("$dynamicRef");
    }

    @Test
    void refsInsideTheSchemaAreAccepted() {
      Map<String, Object> schema =
          Map.of(
              "$defs",
              Map.of("id", Map.of("type", "integer")),
              "properties",
              Map.of("id", Map.of("$ref", "#/$defs/id")));
      InMemoryTable t = column("j", ColumnType.STRING, "{\"id\": 1}", "{\"id\": true}");
      assertThat(check(t, schema).counts()).isEqualTo(new Counts(2, 0, 1));
    }

    @Test
    void aConstMayHoldARefLikeValue() {
      // const holds an instance, not a schema (JSON Schema 2020-12 Validation §6.1.3).
      Map<String, Object> schema = Map.of("const", Map.of("$ref", "http://example.com/"));
      InMemoryTable t = column("j", ColumnType.STRING, "{\"$ref\": \"http://example.com/\"}");
      assertThat(check(t, schema).status()).isEqualTo(PASSED);
    }

    @Test
    void anInvalidSchemaIsRefusedWithTheMetaSchemasReason() {
      Problem p = refusal(Map.of("type", "integr"));
      assertThat(p.key()).isEqualTo("schema");
      assertThat(p.message()).startsWith("not a valid draft 2020-12 schema: ");
      assertThat(refusal(Map.of("minimum", "zero")).message())
          .startsWith("not a valid draft 2020-12 schema: ");
      assertThat(refusal("{type: object}").message())
          .isEqualTo(
              "expected a JSON Schema written as a mapping (or true/false), found the string"
                  + " '{type: object}'");
    }

    @Test
    void onlyDraft202012AndDraft07AreAccepted() {
      Problem p = refusal(Map.of("$schema", "http://json-schema.org/draft-04/schema#"));
      assertThat(p.message()).startsWith("unsupported '$schema: http://json-schema.org/draft-04");
      assertThat(p.path()).containsExactly("$schema");
      // draft-07 spells "a list of schemas" items as an array; 2020-12 has prefixItems.
      Map<String, Object> draft7 =
          Map.of(
              "$schema",
              "http://json-schema.org/draft-07/schema#",
              "items",
              List.of(Map.of("type", "integer")));
      InMemoryTable t = column("j", ColumnType.STRING, "[1, \"x\"]", "[\"x\"]");
      assertThat(check(t, draft7).counts()).isEqualTo(new Counts(2, 0, 1));
    }

    @Test
    void oversizedAndOverdeepSchemasAreRefused() {
      Map<String, Object> deep = Map.of("type", "object");
      for (int i = 0; i < 20; i++) {
        deep = Map.of("properties", Map.of("a", deep));
      }
      assertThat(refusal(deep).message())
          .isEqualTo("the JSON Schema nests more than 32 levels deep");
      Map<String, Object> wide = new LinkedHashMap<>();
      for (int i = 0; i < 3000; i++) {
        wide.put("p" + i, Map.of("type", "string"));
      }
      assertThat(refusal(Map.of("properties", wide)).message())
          .startsWith("the JSON Schema has more than 5,000 nodes");
    }

    @Test
    void patternsMustBeRe2() {
      Problem p = refusal(Map.of("properties", Map.of("a", Map.of("pattern", "^(?=x)"))));
      assertThat(p.path()).containsExactly("properties", "a", "pattern");
      assertThat(p.message()).contains("RE2").contains("lookahead");
      assertThat(refusal(Map.of("patternProperties", Map.of("(a", Map.of()))).path())
          .containsExactly("patternProperties", "(a");
    }

    @Test
    void aSelfReferenceThatNeverDescendsIsRefused() {
      assertThat(refusal(Map.of("$ref", "#")).message()).contains("$ref cycle");
    }
  }

  @Nested
  class Conformance {
    @ParameterizedTest(name = "{0} against {1}: {2}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            # value                | schema (JSON)                                  | matches | source
            '{"a": 1}'             | {"properties": {"a": {"type": "integer"}}}     | true    | 2020-12 Validation §6.1.1 type
            '{"a": 1.0}'           | {"properties": {"a": {"type": "integer"}}}     | true    | 2020-12 Validation §6.1.1: an integer is any number with a zero fractional part
            '{"a": 1.5}'           | {"properties": {"a": {"type": "integer"}}}     | false   | 2020-12 Validation §6.1.1
            '{"b": 1}'             | {"properties": {"a": {"type": "integer"}}}     | true    | 2020-12 Core §10.3.2.1: properties judges only present names
            '{}'                   | {"required": ["a"]}                            | false   | 2020-12 Validation §6.5.3 required
            '[1, 2, 2]'            | {"uniqueItems": true}                          | false   | 2020-12 Validation §6.4.3
            '"abc"'                | {"pattern": "^a"}                              | true    | 2020-12 Validation §6.3.3: pattern is not implicitly anchored
            '"xabc"'               | {"pattern": "a"}                               | true    | 2020-12 Validation §6.3.3
            '"not-an-email"'       | {"format": "email"}                            | true    | 2020-12 Validation §7.2.1: format is an annotation by default; GE validates without a format checker
            'null'                 | {"type": "null"}                               | true    | RFC 8259: null is a JSON value; GE json.loads('null') is None, a valid instance
            '5'                    | {"type": "object"}                             | false   | GE: any JSON document is validated, not only objects
            '{"a": 1}'             | false                                          | false   | 2020-12 Core §4.3.2 boolean schema false
            '{"a": 1}'             | {"additionalProperties": false}                | false   | 2020-12 Core §10.3.2.3
            '10'                   | {"multipleOf": 2.5}                            | true    | 2020-12 Validation §6.2.1
            '{"a": 1} x'           | {}                                             | false   | RFC 8259 §2: one value per text; trailing text is not JSON
            'NaN'                  | {}                                             | false   | RFC 8259 §6 has no NaN (Python json.loads would accept it: a documented difference from GE)
            '{"a": 1, "a": 2}'     | {"properties": {"a": {"const": 2}}}            | true    | GE json.loads keeps the last duplicate name (RFC 8259 §4 leaves it open)
            """)
    void matches(String value, String schemaJson, boolean matches, String source) throws Exception {
      Object schema =
          new com.fasterxml.jackson.databind.ObjectMapper().readValue(schemaJson, Object.class);
      ExpectationResult r =
          evaluate(
              column("j", ColumnType.STRING, value),
              "matchesJsonSchema",
              Map.of("column", "j", "schema", schema));
      assertThat(r.status()).as(source).isEqualTo(matches ? PASSED : FAILED);
    }

    @Test
    void nullsAreNotJudged() {
      // GE: column map expectations count nulls as missing (column_values.nonnull).
      ExpectationResult r = check(column("j", ColumnType.STRING, (Object) null), PERSON);
      assertThat(r.status()).isEqualTo(PASSED);
      assertThat(r.counts()).isEqualTo(new Counts(1, 1, 0));
      assertThat(r.message()).isEqualTo("j: no non-null values to check (1 rows considered)");
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            '{"a": 1}'
            '{a: 1}'
            ''
            '''x'''
            '1 2'
            '  [1] '
            """)
    void notJsonAgreesWithFormatJson(String value) {
      // A value is "not JSON" here exactly when it fails `format: json` (DuckDB's json_valid).
      InMemoryTable t = column("j", ColumnType.STRING, value);
      ExpectationResult formats = evaluate(t, "format", Map.of("column", "j", "format", "json"));
      ExpectationResult schema = check(t, Map.of());
      assertThat(schema.status()).as(value).isEqualTo(formats.status());
    }

    @Test
    void aTrailingCommaIsNotJsonThoughDuckDbAcceptsIt() {
      // RFC 8259 §5 has no trailing comma, and GE's json.loads refuses it; DuckDB's json_valid,
      // behind `format: json`, accepts it: the one documented difference.
      InMemoryTable t = column("j", ColumnType.STRING, "[1,]");
      assertThat(evaluate(t, "format", Map.of("column", "j", "format", "json")).status())
          .isEqualTo(PASSED);
      assertThat(check(t, Map.of()).message()).contains("(row 1: not JSON: Unexpected character");
    }
  }
}
