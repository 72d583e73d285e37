package dev.mltest.engine;

import static dev.mltest.engine.MlTestEvents.expectation;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.mltest.engine.suite.SuiteDefinitionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * {@code matchesJsonSchema} run by the engine on a CSV file of JSON text: a passing and a failing
 * check, and hostile schemas (a remote {@code $ref}, a file {@code $ref}, an invalid schema) and an
 * oversized value, each an error on its own node while the rest of the suite runs.
 */
class JsonSchemaExecutionTest {
  private static final String SUITE =
      """
      dataset: events.csv
      expectations:
        - expect: matchesJsonSchema
          id: first-two
          column: payload
          where: "id <= 2"
          schema: &event
            type: object
            required: [id]
            properties:
              id: {type: integer}
        - expect: matchesJsonSchema
          id: all
          column: payload
          schema: *event
        - expect: matchesJsonSchema
          id: remote-ref
          column: payload
          schema:
            properties:
              id: {$ref: "https://example.com/id.schema.json"}
        - expect: matchesJsonSchema
          id: file-ref
          column: payload
          schema: {$ref: "file:///etc/passwd"}
        - expect: matchesJsonSchema
          id: malformed
          column: payload
          schema: {type: 12}
        - expect: matchesJsonSchema
          id: huge
          column: blob
          schema: {type: string}
        - expect: notNull
          column: id
      """;

  @TempDir Path dir;
  @TempDir Path out;

  @BeforeEach
  void writeFiles() throws IOException {
    String huge = "\"\"\"" + "x".repeat(1_000_001) + "\"\"\"";
    Files.writeString(
        dir.resolve("events.csv"),
        "id,payload,blob\n"
            + "1,\"{\"\"id\"\": 1}\",\"\"\"a\"\"\"\n"
            + "2,\"{\"\"id\"\": 2}\","
            + huge
            + "\n"
            + "3,\"{\"\"id\"\": \"\"3\"\"}\",\n"
            + "4,not json,\n");
    Files.writeString(dir.resolve("events.mltest.yaml"), SUITE);
  }

  private EngineExecutionResults run() {
    return MlTestKit.engine(out)
        .selectors(selectFile(dir.resolve("events.mltest.yaml").toString()))
        .execute();
  }

  private String location() {
    return dir.resolve("events.mltest.yaml").toAbsolutePath().normalize().toString();
  }

  @Test
  void everyExpectationRunsAsItsOwnTest() {
    run().testEvents().assertStatistics(stats -> stats.started(7).succeeded(2).failed(5));
  }

  @Test
  void passingAndFailingValuesAreJudged() {
    run()
        .testEvents()
        .assertThatEvents()
        .haveExactly(1, event(expectation("first-two"), finishedSuccessfully()))
        .haveExactly(1, event(expectation("notNull[id]"), finishedSuccessfully()))
        .haveExactly(
            1,
            event(
                expectation("all"),
                finishedWithFailure(
                    message(
                        location()
                            + ":12:5 all: payload: 50% of 4 non-null values do not match the JSON"
                            + " Schema (mostly 1 allows none); e.g. '{\"id\": \"3\"}' (row 3:"
                            + " $.id: string found, integer expected), 'not json' (row 4: not"
                            + " JSON: Unrecognized token 'not': was expecting (JSON String,"
                            + " Number, Array, Object or token 'null', 'true' or 'false'))"))))
        .haveExactly(
            1,
            event(
                expectation("huge"),
                finishedWithFailure(
                    message(
                        m ->
                            m.startsWith(location() + ":30:5 huge: blob: 50% of 2 non-null values")
                                && m.endsWith(
                                    "… (1,000,003 chars) (row 2: 1,000,003 characters, more"
                                        + " than the 1,000,000 this check reads)")))));
  }

  @Test
  void hostileSchemasFailTheirOwnNodeAtTheOffendingLine() {
    run()
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                expectation("remote-ref"),
                finishedWithFailure(
                    instanceOf(SuiteDefinitionException.class),
                    message(
                        location()
                            + ":21:20: 'schema': '$ref: https://example.com/id.schema.json'"
                            + " points outside this schema; MLTest never fetches a URL or reads a"
                            + " file for a suite, so a schema may refer only to its own parts"
                            + " ('#/$defs/name'). Copy the referenced schema into '$defs' and"
                            + " refer to it there"))))
        .haveExactly(
            1,
            event(
                expectation("file-ref"),
                finishedWithFailure(
                    instanceOf(SuiteDefinitionException.class),
                    message(
                        m ->
                            m.startsWith(
                                location()
                                    + ":25:20: 'schema': '$ref: file:///etc/passwd' points"
                                    + " outside this schema")))))
        .haveExactly(
            1,
            event(
                expectation("malformed"),
                finishedWithFailure(
                    instanceOf(SuiteDefinitionException.class),
                    message(
                        m ->
                            m.startsWith(
                                location()
                                    + ":29:20: 'schema': not a valid draft 2020-12 schema: ")))));
  }
}
