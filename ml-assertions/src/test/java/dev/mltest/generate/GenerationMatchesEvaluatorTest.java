package dev.mltest.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.data.DataBackend;
import dev.mltest.expect.ExpectationResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dogfooding: generated tables judged by the evaluator of the very suite they come from. */
class GenerationMatchesEvaluatorTest {
  private static DataBackend backend;
  private Contract contract = ContractFixtures.resource("payments.contract.yaml");

  @BeforeAll
  static void open() {
    backend = DataBackend.duckDb();
  }

  @AfterAll
  static void close() {
    backend.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"payments.contract.yaml", "profiles.contract.yaml"})
  void everyValidTablePassesTheSuite(String file) {
    contract = ContractFixtures.resource(file);
    TableGenerator generator = contract.generator();
    for (long seed = 0; seed < 60; seed++) {
      GeneratedTable table = generator.valid(seed, 30);
      assertPasses(table, "seed " + seed);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"payments.contract.yaml", "profiles.contract.yaml"})
  void tablesTheGeneratorsModelAdmitsPassTheSuite(String file) {
    contract = ContractFixtures.resource(file);
    // Shrinking keeps candidates the model admits; shrink as far as the model allows and judge.
    TableGenerator generator = contract.generator();
    for (long seed = 0; seed < 12; seed++) {
      GeneratedTable table = generator.valid(seed, 30);
      assertThat(generator.admits(table.table())).as("seed %d is admitted", seed).isTrue();
      Shrinker.Shrunk shrunk =
          Shrinker.within(java.time.Duration.ofSeconds(5))
              .withCandidates((c, v) -> generator.byName().get(c).domain().simpler(v))
              .shrink(table.table(), generator::admits);
      assertThat(shrunk.steps()).isPositive();
      assertPasses(new GeneratedTable(shrunk.table(), "shrunk from seed " + seed, null), "shrunk");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"payments.contract.yaml", "profiles.contract.yaml"})
  void everyValidEdgeCasePassesTheSuite(String file) {
    contract = ContractFixtures.resource(file);
    for (GeneratedTable table : contract.generator().edgeCases(7, 30, true)) {
      assertThat(table.isValid()).isTrue();
      assertThat(contract.generator().admits(table.table())).as(table.origin()).isTrue();
      assertPasses(table, table.origin());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"payments.contract.yaml", "profiles.contract.yaml"})
  void everyInvalidTableBreaksTheExpectationItNames(String file) {
    contract = ContractFixtures.resource(file);
    TableGenerator generator = contract.generator();
    for (long seed = 0; seed < 60; seed++) {
      Optional<GeneratedTable> table = generator.invalid(seed, 30);
      assertThat(table).isPresent();
      assertBreaks(table.get(), "seed " + seed);
    }
  }

  @Test
  void profilesHaveAnInvalidEdgeCasePerErrorExpectation() {
    contract = ContractFixtures.resource("profiles.contract.yaml");
    List<GeneratedTable> invalid =
        contract.generator().edgeCases(3, 25, false).stream().filter(t -> !t.isValid()).toList();
    assertThat(invalid.stream().map(GeneratedTable::breaks))
        .contains(
            "notInSet[id]",
            "unique[region,code]",
            "format[payload]",
            "format[local]",
            "nullRatio[seen]",
            "distinctValues[tier]",
            "notNull[note]",
            "compareColumns[high,low]")
        .doesNotContain("lengthBetween[note]");
    invalid.forEach(t -> assertBreaks(t, t.origin()));
  }

  @Test
  void everyInvalidEdgeCaseBreaksTheExpectationItNames() {
    List<GeneratedTable> cases = contract.generator().edgeCases(7, 30, false);
    List<GeneratedTable> invalid = cases.stream().filter(t -> !t.isValid()).toList();
    assertThat(invalid.stream().map(GeneratedTable::breaks))
        .as("one invalid edge case per expectation that can be broken")
        .contains(
            "primaryKey[id]",
            "between[amount]",
            "inSet[currency]",
            "compareColumns[settled,booked]",
            "duplicateRows");
    invalid.forEach(t -> assertBreaks(t, t.origin()));
  }

  private void assertPasses(GeneratedTable table, String what) {
    List<ExpectationResult> results = ContractFixtures.evaluate(backend, contract, table.table());
    assertThat(results)
        .as("%s (%s):%n%s", what, table.origin(), TableCsv.render(table.table()))
        .allSatisfy(
            r ->
                assertThat(r.status())
                    .as(r.name() + ": " + r.message())
                    .isEqualTo(ExpectationResult.Status.PASSED));
  }

  private void assertBreaks(GeneratedTable table, String what) {
    List<ExpectationResult> results = ContractFixtures.evaluate(backend, contract, table.table());
    String broken = table.breaks();
    if ("allowEmpty".equals(broken)) {
      assertThat(results).anyMatch(ExpectationResult::failsTest);
      return;
    }
    assertThat(results)
        .as(
            "%s breaks %s (%s):%n%s%n%s",
            what, broken, table.origin(), TableCsv.render(table.table()), results)
        .anyMatch(r -> r.name().equals(broken) && r.failsTest());
  }
}
