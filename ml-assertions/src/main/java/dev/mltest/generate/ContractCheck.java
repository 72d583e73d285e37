package dev.mltest.generate;

import dev.mltest.data.BoundTable;
import dev.mltest.data.DataAccessException;
import dev.mltest.data.DataBackend;
import dev.mltest.data.InMemoryTable;
import dev.mltest.expect.Evaluator;
import dev.mltest.expect.ExpectationResult;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether a table satisfies a contract. Shrinking a valid counterexample keeps only candidates the
 * generator's model admits (checked in Java, fast); the final table is then confirmed by the suite
 * evaluator itself, on an embedded database opened on first use, so the reported table is one the
 * contract allows.
 */
final class ContractCheck implements AutoCloseable {
  private final Contract contract;
  private final TableGenerator generator;
  private @Nullable DataBackend backend;

  ContractCheck(Contract contract, TableGenerator generator) {
    this.contract = contract;
    this.generator = generator;
  }

  /** Whether the generator's model admits the table: fast, and never admits an invalid table. */
  boolean accepts(InMemoryTable table) {
    return generator.admits(table);
  }

  /** Whether the suite evaluator passes the table: the final word, but tens of milliseconds. */
  boolean confirms(InMemoryTable table) {
    if (backend == null) {
      backend = DataBackend.duckDb();
    }
    try (BoundTable bound = backend.open(table)) {
      List<ExpectationResult> results =
          Evaluator.evaluate(bound, contract.expectations(), contract.allowEmpty());
      return results.stream().allMatch(r -> r.status() == ExpectationResult.Status.PASSED);
    } catch (DataAccessException e) {
      return false;
    }
  }

  @Override
  public void close() {
    if (backend != null) {
      backend.close();
      backend = null;
    }
  }
}
