package dev.mltest.expect;

import static dev.mltest.expect.Entries.COLUMN;

import dev.mltest.data.Measure;
import dev.mltest.data.Measurements;
import dev.mltest.data.TableSchema;
import dev.mltest.data.TextVerdicts;
import dev.mltest.data.ValueSample;
import dev.mltest.text.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Values are JSON documents that match a JSON Schema. No SQL function validates a schema, so the
 * values are streamed to the JVM in a pass of their own ({@link Measure.JudgedText}), which counts
 * the failures and keeps the first few with the reason each failed.
 */
final class JsonSchemaCheck implements Check {
  private final ExpectationSpec spec;
  private final String column;
  private final Measure.JudgedText measure;

  private JsonSchemaCheck(ExpectationSpec spec) {
    this.spec = spec;
    this.column = spec.parameters().string("column");
    InlineJsonSchema schema =
        (InlineJsonSchema)
            Objects.requireNonNull(
                spec.parameters().get("schema"), "schema is a required parameter");
    this.measure =
        new Measure.JudgedText(
            column, schema, spec.keyColumns(), spec.sampleSize(), spec.whereCondition());
  }

  static ExpectationType entry() {
    return Entries.entry(
        "matchesJsonSchema",
        ExpectationKind.ROW,
        "Values are JSON documents that match a JSON Schema.",
        ("Each non-null value is parsed as one strict JSON document (RFC 8259: no trailing text,"
                + " no `NaN`, no trailing comma, which `format: json` lets through) and validated against `schema`, as Great Expectations'"
                + " `expect_column_values_to_match_json_schema`; a value that is not JSON fails as"
                + " `not JSON`, with the parser's reason. The schema is written inline as a YAML"
                + " mapping (or `true`/`false`), in draft 2020-12 (the default) or draft-07"
                + " (`$schema: http://json-schema.org/draft-07/schema#`), and is checked against"
                + " its draft's meta-schema when the suite is read. A suite is untrusted data, so"
                + " a schema may refer only to its own parts (`$ref: '#/$defs/name'`): a `$ref` to"
                + " a URL or a file is refused when the suite is read, and the validator never"
                + " fetches or reads anything; there is no schema-file option, which keeps a suite"
                + " self-contained (share a schema between expectations with a YAML anchor)."
                + " `format` is an annotation and not checked (as in draft 2020-12 and Great"
                + " Expectations); `pattern` and `patternProperties` use RE2 syntax, validated"
                + " when the suite is read. Limits: a schema holds at most %,d nodes nested at"
                + " most %d deep; a value longer than %,d characters or nested more than %d deep"
                + " fails without being validated. Nulls (SQL NULL) are not judged; a JSON `null`"
                + " value is a document and is judged. Only a string column or a DuckDB JSON"
                + " column is accepted; read other columns as VARCHAR. Examples are the first"
                + " failing values in row order, each with why it failed.")
            .formatted(
                InlineJsonSchema.MAX_SCHEMA_NODES,
                InlineJsonSchema.MAX_SCHEMA_DEPTH,
                InlineJsonSchema.MAX_VALUE_LENGTH,
                InlineJsonSchema.MAX_VALUE_DEPTH),
        "- expect: matchesJsonSchema\n"
            + "  column: payload\n"
            + "  schema:\n"
            + "    type: object\n"
            + "    required: [id, amount]\n"
            + "    properties:\n"
            + "      id: {type: integer}\n"
            + "      amount: {type: number, minimum: 0}",
        JsonSchemaCheck::new,
        COLUMN,
        ParameterSpec.required(
            "schema",
            ParameterType.JSON_SCHEMA,
            "The JSON Schema, inline; `$ref` only to its own parts (`#/...`)."));
  }

  @Override
  public List<ColumnRequirement> requirements() {
    return List.of(new ColumnRequirement(column, ColumnRule.TEXT));
  }

  private Measure elements() {
    return new Measure.RowCount(spec.whereCondition());
  }

  @Override
  public List<Measure> measures(TableSchema schema) {
    return List.of(elements(), measure);
  }

  @Override
  public Judgement judge(Measurements m, TableSchema schema) {
    TextVerdicts verdicts =
        (TextVerdicts)
            Objects.requireNonNull(m.value(measure), "a judged-text measure always has a value");
    long elements = m.count(elements());
    Counts counts = new Counts(elements, elements - verdicts.judged(), verdicts.failing());
    double mostly = spec.requiredShare();
    boolean success = counts.meets(mostly);
    String message =
        counts.judgedCount() == 0
            ? "%s: no non-null values to check (%s rows considered)"
                .formatted(column, Formats.count(elements))
            : "%s: %s of %s non-null values do not match the JSON Schema (%s)%s"
                .formatted(
                    column,
                    Formats.percent(counts.unexpectedShare()),
                    Formats.count(counts.judgedCount()),
                    Formats.mostly(mostly),
                    success ? "" : examples(verdicts.examples()));
    return new Judgement(success, counts.unexpectedShare(), counts, message);
  }

  private static String examples(List<TextVerdicts.Failure> failures) {
    if (failures.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (TextVerdicts.Failure f : failures.subList(0, Math.min(5, failures.size()))) {
      ValueSample s = f.sample();
      String where = s.firstKey() != null ? s.firstKey() : "row " + s.firstRow();
      String rows =
          s.count() == 1 ? where : "%s rows, first %s".formatted(Formats.count(s.count()), where);
      parts.add("%s (%s: %s)".formatted(s.value(), rows, f.reason()));
    }
    return "; e.g. " + String.join(", ", parts) + (failures.size() > 5 ? ", ..." : "");
  }

  @Override
  public boolean listsOffendingRows(TableSchema schema) {
    return true;
  }

  @Override
  public List<ValueSample> measuredOffendingValues(Measurements m) {
    return ((TextVerdicts)
            Objects.requireNonNull(m.value(measure), "a judged-text measure always has a value"))
        .examples().stream().map(TextVerdicts.Failure::sample).toList();
  }
}
