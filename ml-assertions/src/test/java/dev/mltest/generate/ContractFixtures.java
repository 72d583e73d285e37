package dev.mltest.generate;

import dev.mltest.data.BoundTable;
import dev.mltest.data.DataBackend;
import dev.mltest.data.InMemoryTable;
import dev.mltest.expect.Evaluator;
import dev.mltest.expect.ExpectationResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Contracts used by the tests, and the suite's own evaluator as the judge of generated tables. */
final class ContractFixtures {
  private ContractFixtures() {}

  static Contract resource(String name) {
    try (InputStream in = ContractFixtures.class.getResourceAsStream(name)) {
      return Contract.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The evaluator's results for a table, as the engine would judge it. */
  static List<ExpectationResult> evaluate(
      DataBackend backend, Contract contract, InMemoryTable table) {
    try (BoundTable bound = backend.open(table)) {
      return Evaluator.evaluate(bound, contract.expectations(), contract.allowEmpty());
    }
  }
}
