package dev.mltest.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuiteParserTest {

  @Test
  void parsesDatasetAndExpectationsWithPositions() {
    String text =
        """
        suite: customers
        dataset: data/customers.csv
        tags: [nightly]
        expectations:
          - expect: rowCount
            min: 1
          - expect: between
            column: income
            min: 0
            max: 10000000
            mostly: 0.95
          - expect: between
            column: income
            min: 5
          - id: segments
            expect: inSet
            column: segment
            values: [a, b]
        """;
    SuiteDefinition suite = SuiteParser.parse("customers.mltest.yaml", text);
    assertThat(suite.problems()).isEmpty();
    assertThat(suite.displayName()).isEqualTo("customers");
    assertThat(suite.dataset().path()).isEqualTo("data/customers.csv");
    assertThat(suite.tags()).containsExactly("nightly");
    assertThat(suite.entries())
        .extracting(SuiteEntry::name)
        .containsExactly("rowCount", "between[income]", "between[income]#2", "segments");
    assertThat(suite.entries()).extracting(e -> e.position().line()).containsExactly(5, 7, 12, 15);
    assertThat(suite.entries().get(1).spans(11)).isTrue();
    assertThat(suite.entries().get(1).spans(12)).isFalse();
    assertThat(suite.entries().get(3).endLine()).isEqualTo(18);
  }

  @Test
  void malformedYamlIsOneProblemWithItsPosition() {
    SuiteDefinition suite =
        SuiteParser.parse(
            "bad.mltest.yaml", "dataset: x.csv\nexpectations:\n  - expect: [rowCount\n");
    assertThat(suite.isUnreadable()).isTrue();
    assertThat(suite.problems().get(0).toString())
        .startsWith("bad.mltest.yaml:4:")
        .contains("malformed YAML");
  }

  @Test
  void unknownExpectationSuggestsTheNearestNameAndKeepsTheOthers() {
    String text =
        "dataset: x.csv\nexpectations:\n  - expect: betwen\n    column: a\n  - expect: rowCount\n    min: 1\n";
    SuiteDefinition suite = SuiteParser.parse("s.mltest.yaml", text);
    assertThat(suite.entries()).hasSize(2);
    SuiteEntry bad = suite.entries().get(0);
    assertThat(bad.name()).isEqualTo("betwen[a]");
    assertThat(bad.problem().toString())
        .isEqualTo(
            "s.mltest.yaml:3:13: 'expect': unknown expectation 'betwen'; did you mean 'between'?");
    assertThat(suite.entries().get(1).expectation()).isPresent();
  }

  @Test
  void mistypedParameterPointsAtItsValue() {
    String text =
        "dataset: x.csv\nexpectations:\n  - expect: meanBetween\n    column: a\n    min: zero\n";
    SuiteEntry entry = SuiteParser.parse("s.mltest.yaml", text).entries().get(0);
    assertThat(entry.problem().position()).isEqualTo(new SourcePosition(5, 10));
  }

  @Test
  void aProblemInsideAParameterValuePointsAtItsNode() {
    // The $ref in the list item on line 8; the meta-schema problem at the value of minimum, line
    // 11.
    String text =
        """
        dataset: x.csv
        expectations:
          - expect: matchesJsonSchema
            column: j
            schema:
              properties:
                tags:
                  prefixItems: [{type: string}, {$ref: "other.json"}]
          - expect: matchesJsonSchema
            column: j
            schema: {properties: {n: {minimum: zero}}}
        """;
    List<SuiteEntry> entries = SuiteParser.parse("s.mltest.yaml", text).entries();
    assertThat(entries.get(0).problem().position()).isEqualTo(new SourcePosition(8, 48));
    assertThat(entries.get(1).problem().position()).isEqualTo(new SourcePosition(11, 40));
  }

  @Test
  void unsupportedStrftimeSpecifierIsReportedAtFileAndLine() {
    String text =
        "dataset: x.csv\nexpectations:\n  - expect: format\n    column: d\n"
            + "    format: datePattern\n    pattern: \"%D\"\n";
    SuiteEntry entry = SuiteParser.parse("s.mltest.yaml", text).entries().get(0);
    assertThat(entry.problem().toString())
        .startsWith(
            "s.mltest.yaml:6:14: 'pattern': strftime pattern '%D' uses %D (at character 1),"
                + " which DuckDB does not support; supported: %a %A");
  }

  @Test
  void duplicateIdsAreProblemsOnTheSecondOne() {
    String text =
        "dataset: x.csv\nexpectations:\n  - id: a\n    expect: rowCount\n    min: 1\n  - id: a\n    expect: rowCount\n    max: 5\n";
    SuiteDefinition suite = SuiteParser.parse("s.mltest.yaml", text);
    assertThat(suite.entries()).extracting(SuiteEntry::name).containsExactly("a", "a#2");
    assertThat(suite.entries().get(1).problem().message())
        .contains("duplicate expectation id 'a' (first used on line 3)");
  }

  @Test
  void tagsThatConstructObjectsAreRejected() {
    String text = "dataset: !!java.io.File x.csv\nexpectations: []\n";
    SuiteDefinition suite = SuiteParser.parse("s.mltest.yaml", text);
    assertThat(suite.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("tags"));
  }

  @Test
  void unknownTopLevelKeyAndMissingDataset() {
    SuiteDefinition suite = SuiteParser.parse("s.mltest.yaml", "expectatons: []\n");
    assertThat(suite.problems())
        .extracting(SuiteProblem::message)
        .anySatisfy(
            m -> assertThat(m).contains("unknown key 'expectatons'; did you mean 'expectations'?"))
        .anySatisfy(m -> assertThat(m).contains("missing 'dataset"));
  }

  @Test
  void driftSectionWithOverridesAndRule() {
    String text =
        """
        dataset: data/current.csv
        drift:
          reference: {path: data/reference.parquet}
          columns: [income, segment]
          method: psi
          threshold: 0.2
          numeric: {method: ks}
          perColumn:
            income: {method: wasserstein, threshold: 0.15}
          datasetDrift: {share: 0.3, correction: bonferroni}
          outOfReferenceRange: 0.03
          newCategories: 0
          severity: warn
        """;
    SuiteDefinition suite = SuiteParser.parse("d.mltest.yaml", text);
    assertThat(suite.problems()).isEmpty();
    dev.mltest.suite.DriftSection drift = suite.drift();
    assertThat(drift.problem()).isNull();
    assertThat(drift.reference().path()).isEqualTo("data/reference.parquet");
    assertThat(drift.severity()).isEqualTo(dev.mltest.expect.Severity.WARN);
    dev.mltest.drift.DriftConfig config = drift.config();
    assertThat(config.columns()).containsExactly("income", "segment");
    assertThat(config.global())
        .isEqualTo(new dev.mltest.drift.MethodChoice(dev.mltest.drift.DriftMethod.PSI, 0.2));
    assertThat(config.byKind().get(dev.mltest.drift.ColumnKind.NUMERIC))
        .isEqualTo(new dev.mltest.drift.MethodChoice(dev.mltest.drift.DriftMethod.KS, null));
    assertThat(config.byColumn().get("income"))
        .isEqualTo(
            new dev.mltest.drift.MethodChoice(dev.mltest.drift.DriftMethod.WASSERSTEIN, 0.15));
    assertThat(config.driftShare()).isEqualTo(0.3);
    assertThat(config.correction()).isEqualTo(dev.mltest.drift.Correction.BONFERRONI);
    assertThat(config.maxOutOfReferenceRange()).isEqualTo(0.03);
    assertThat(config.maxNewCategories()).isEqualTo(0.0);
    assertThat(suite.entries()).isEmpty();
  }

  @Test
  void driftSectionProblemsStayOnTheSectionWithTheirPosition() {
    SuiteDefinition unknownKey =
        SuiteParser.parse(
            "d.mltest.yaml", "dataset: a.csv\ndrift:\n  reference: b.csv\n  treshold: 0.1\n");
    assertThat(unknownKey.problems()).isEmpty();
    assertThat(unknownKey.drift().problem().toString())
        .startsWith("d.mltest.yaml:4:3: unknown drift key 'treshold'; did you mean 'threshold'?");
    SuiteDefinition noReference =
        SuiteParser.parse("d.mltest.yaml", "dataset: a.csv\ndrift:\n  method: ks\n");
    assertThat(noReference.drift().problem().message())
        .isEqualTo("'drift' needs 'reference: <path to the reference dataset>'");
    SuiteDefinition badShare =
        SuiteParser.parse(
            "d.mltest.yaml",
            "dataset: a.csv\ndrift:\n  reference: b.csv\n  datasetDrift: {share: 2}\n");
    assertThat(badShare.drift().problem().message())
        .isEqualTo("'share' must be a share from 0 to 1");
    SuiteDefinition badReference =
        SuiteParser.parse(
            "d.mltest.yaml", "dataset: a.csv\ndrift:\n  reference: {path: b.csv, format: xls}\n");
    assertThat(badReference.drift().problem().message())
        .startsWith("reference: unknown dataset format 'xls'");
    assertThat(badReference.problems()).isEmpty();
  }

  @Test
  void datasetTypesAreReadInOrder() {
    SuiteDefinition suite =
        SuiteParser.parse(
            "s.mltest.yaml",
            """
            dataset:
              path: flags.csv
              options: {delimiter: ",", types: {flag: VARCHAR, amount: double, "it's": "decimal(10, 2)"}}
            expectations: []
            """);
    assertThat(suite.problems()).isEmpty();
    assertThat(suite.dataset().options()).containsOnlyKeys("delimiter");
    assertThat(suite.dataset().types())
        .containsExactly(
            java.util.Map.entry("flag", "VARCHAR"),
            java.util.Map.entry("amount", "double"),
            java.util.Map.entry("it's", "decimal(10, 2)"));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "VARCHR | ; did you mean 'VARCHAR'?",
        "`\"VARCHAR'); DROP TABLE t; --\"` | ``",
        "`\"VARCHAR'}, filename = true, x = {'a': 'INT\"` | ``",
        "STRUCT(a INT) | ``",
        "DECIMAL(99,2) | ``"
      })
  void hostileOrMisspeltTypeNamesAreProblemsAtTheirValue(String type, String hint) {
    SuiteDefinition suite =
        SuiteParser.parse(
            "s.mltest.yaml",
            """
            dataset:
              path: flags.csv
              options:
                types:
                  flag: %s
            expectations: []
            """
                .formatted(type));
    String written = type.startsWith("\"") ? type.substring(1, type.length() - 1) : type;
    assertThat(suite.problems())
        .singleElement()
        .hasToString(
            "s.mltest.yaml:5:13: unknown column type '%s' for column 'flag' in 'types'%s;"
                    .formatted(written, hint)
                + " accepted types: VARCHAR, BOOLEAN, TINYINT, SMALLINT, INTEGER, BIGINT, HUGEINT,"
                + " FLOAT, DOUBLE, DECIMAL(p,s), DATE, TIMESTAMP, TIMESTAMPTZ");
  }

  @Test
  void typesMustBeAMappingOfNames() {
    SuiteDefinition suite =
        SuiteParser.parse(
            "s.mltest.yaml",
            "dataset: {path: flags.csv, options: {types: [flag]}}\nexpectations: []\n");
    assertThat(suite.problems())
        .singleElement()
        .extracting(SuiteProblem::message)
        .asString()
        .startsWith("'types' must map column names to types, e.g. types: {flag: VARCHAR");
  }

  @Test
  void aCatalogTableIsANameWithItsPositionAndNoFile() {
    SuiteDefinition suite =
        SuiteParser.parse(
            "events.mltest.yaml",
            "backend: spark\ndataset: {table: analytics.events}\nexpectations:\n  - expect: rowCount\n");
    assertThat(suite.problems()).isEmpty();
    DatasetRef ref = suite.dataset();
    assertThat(ref.table()).isEqualTo(new dev.mltest.data.CatalogTable("analytics.events"));
    assertThat(ref.shownAs()).isEqualTo("table analytics.events");
    assertThat(ref.position().line()).isEqualTo(2);
    // No data root, no suite folder, no file: a name is never looked up on disk.
    assertThat(ref.dataset(null, null, DataRootPolicy.standard(null)))
        .isEqualTo(dev.mltest.data.Dataset.catalogTable("analytics.events"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ref.resolve(null, null))
        .hasMessageContaining("table analytics.events is a catalog table, not a file");
  }

  @Test
  void theStringAndPathFormsOfDatasetStillReadAsFiles() {
    for (String dataset : List.of("data/events.csv", "{path: data/events.csv, format: csv}")) {
      SuiteDefinition suite =
          SuiteParser.parse("e.mltest.yaml", "dataset: " + dataset + "\nexpectations: []\n");
      assertThat(suite.problems()).isEmpty();
      assertThat(suite.dataset().table()).isNull();
      assertThat(suite.dataset().shownAs()).isEqualTo("data/events.csv");
    }
  }

  @Test
  void aBadTableNameIsAProblemAtTheNameAndNoDataset() {
    for (String name :
        List.of(
            "\"x; DROP TABLE y\"", "a.b.c.d", "\"`db`.`events`\"", "\"\"", "\"db.events --\"")) {
      SuiteDefinition suite =
          SuiteParser.parse(
              "bad.mltest.yaml",
              "dataset:\n  table: " + name + "\nexpectations:\n  - expect: rowCount\n");
      assertThat(suite.dataset()).as(name).isNull();
      assertThat(suite.problems()).as(name).hasSize(1);
      assertThat(suite.problems().get(0).toString())
          .as(name)
          .startsWith("bad.mltest.yaml:2:10: ")
          .contains("e.g. db.events");
    }
  }

  @Test
  void aTableTakesNoFileKeysAndMustBeAString() {
    SuiteDefinition mixed =
        SuiteParser.parse(
            "m.mltest.yaml", "dataset: {table: db.t, format: csv}\nexpectations: []\n");
    assertThat(mixed.problems())
        .extracting(SuiteProblem::message)
        .containsExactly(
            "a catalog table dataset takes only 'table'; remove ['format'] (they apply to files)");
    SuiteDefinition number =
        SuiteParser.parse("n.mltest.yaml", "dataset: {table: 12}\nexpectations: []\n");
    assertThat(number.problems())
        .extracting(SuiteProblem::message)
        .containsExactly("'table' must be a table name, e.g. table: db.events");
  }
}
