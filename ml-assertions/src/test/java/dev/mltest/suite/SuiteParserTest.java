package dev.mltest.suite;

import static org.assertj.core.api.Assertions.assertThat;

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
}
