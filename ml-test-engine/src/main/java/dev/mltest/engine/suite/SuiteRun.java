package dev.mltest.engine.suite;

import dev.mltest.data.BoundTable;
import dev.mltest.data.DataAccessException;
import dev.mltest.data.DataBackend;
import dev.mltest.data.Dataset;
import dev.mltest.engine.config.MlTestConfiguration;
import dev.mltest.engine.execution.DataBackendPool;
import dev.mltest.expect.Evaluator;
import dev.mltest.expect.ExpectationResult;
import dev.mltest.expect.ExpectationSpec;
import dev.mltest.expect.TextComparedColumns;
import dev.mltest.history.MetricHistory;
import dev.mltest.suite.DatasetRef;
import dev.mltest.suite.SuiteDefinition;
import dev.mltest.suite.SuiteEntry;
import dev.mltest.suite.SuiteProblem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Evaluates the selected expectations of one suite together. */
final class SuiteRun {
  private static final System.Logger LOG = System.getLogger(SuiteRun.class.getName());

  private SuiteRun() {}

  /**
   * Evaluates the selected expectations, judging the history-aware ones against the history {@code
   * histories} gives for the suite's specs.
   *
   * @return each valid entry's result, by name
   * @throws SuiteDefinitionException if the suite as a whole is wrong (its dataset, its keys)
   * @throws ExpectationErrorException if the dataset cannot be read
   */
  public static Map<String, ExpectationResult> evaluate(
      SuiteSource source,
      SuiteDefinition definition,
      List<SuiteEntry> selected,
      MlTestConfiguration configuration,
      DataBackendPool backends,
      Function<List<ExpectationSpec>, MetricHistory> histories) {
    if (!definition.problems().isEmpty()) {
      throw new SuiteDefinitionException(
          String.join("\n", definition.problems().stream().map(SuiteProblem::toString).toList()));
    }
    List<SuiteEntry> valid = selected.stream().filter(e -> e.spec() != null).toList();
    if (valid.isEmpty()) {
      return Map.of();
    }
    DatasetRef ref =
        Objects.requireNonNull(definition.dataset(), "a suite without problems has a dataset");
    Dataset dataset = resolve(source, ref, configuration);
    List<ExpectationSpec> specs = valid.stream().map(SuiteEntry::spec).toList();
    long start = System.nanoTime();
    List<ExpectationResult> results;
    try (DataBackend backend = backends.lease(definition.backend());
        BoundTable table = TextComparedColumns.open(backend, dataset, specs)) {
      results = Evaluator.evaluate(table, specs, definition.allowEmpty(), histories.apply(specs));
    } catch (DataAccessException e) {
      throw new ExpectationErrorException(
          source.location() + ":" + ref.position() + ": " + e.getMessage(), e);
    }
    LOG.log(
        System.Logger.Level.DEBUG,
        () ->
            "%s: %d expectations over %s in %d ms"
                .formatted(
                    source.location(),
                    specs.size(),
                    ref.shownAs(),
                    (System.nanoTime() - start) / 1_000_000));
    Map<String, ExpectationResult> byName = new HashMap<>();
    for (int i = 0; i < valid.size(); i++) {
      byName.put(valid.get(i).name(), results.get(i));
    }
    return byName;
  }

  private static Dataset resolve(
      SuiteSource source, DatasetRef ref, MlTestConfiguration configuration) {
    try {
      return ref.dataset(
          source.directory().orElse(null),
          configuration.dataRoot(),
          configuration.dataRootPolicy());
    } catch (IllegalArgumentException e) {
      throw new SuiteDefinitionException(
          source.location() + ":" + ref.position() + ": " + e.getMessage());
    }
  }
}
