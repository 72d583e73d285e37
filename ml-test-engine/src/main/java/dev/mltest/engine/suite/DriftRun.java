package dev.mltest.engine.suite;

import dev.mltest.data.BoundTable;
import dev.mltest.data.DataAccessException;
import dev.mltest.data.DataBackend;
import dev.mltest.data.FileDataset;
import dev.mltest.data.Measure;
import dev.mltest.data.RowCondition;
import dev.mltest.drift.ColumnKind;
import dev.mltest.drift.DatasetComparison;
import dev.mltest.drift.DriftConfig;
import dev.mltest.drift.DriftPlan;
import dev.mltest.drift.DriftReport;
import dev.mltest.drift.PlannedColumn;
import dev.mltest.engine.config.MlTestConfiguration;
import dev.mltest.engine.execution.DataBackendPool;
import dev.mltest.suite.DatasetRef;
import dev.mltest.suite.DriftSection;
import dev.mltest.suite.SuiteDefinition;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Runs a suite's drift comparison, and finds the columns it covers. */
final class DriftRun {
  private static final System.Logger LOG = System.getLogger(DriftRun.class.getName());

  private DriftRun() {}

  /**
   * Compares the suite's dataset with the reference over the given columns.
   *
   * @throws SuiteDefinitionException if the drift section or a dataset path is wrong
   * @throws ExpectationErrorException if a dataset cannot be read
   */
  public static DriftReport compare(
      SuiteSource source,
      SuiteDefinition definition,
      List<String> columns,
      MlTestConfiguration configuration,
      DataBackendPool backends) {
    DriftSection section = requireValid(source, definition);
    FileDataset current = resolve(source, definition.dataset(), "dataset", configuration);
    FileDataset reference = resolve(source, section.reference(), "reference", configuration);
    // The nodes' columns are planned; only the columns the user listed count as forced in.
    DriftConfig config = section.config();
    try (DataBackend backend = backends.lease(definition.backend());
        BoundTable ref = backend.open(reference);
        BoundTable cur = backend.open(current)) {
      List<PlannedColumn> planned =
          explainEmptySides(
              DriftPlan.columns(config.withColumns(columns), ref.schema(), cur.schema()), ref, cur);
      return DatasetComparison.compare(ref, cur, config, planned);
    } catch (DataAccessException e) {
      throw new ExpectationErrorException(source.location() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The columns a drift section covers (the listed ones, or the ones both datasets share) and the
   * names of its coverage checks, read from the two schemas. When a dataset cannot be found or read
   * now, only the listed columns: running the section reports why.
   */
  public static DriftNodes plan(
      SuiteSource source, SuiteDefinition definition, MlTestConfiguration configuration) {
    DriftSection section = definition.drift();
    if (section == null
        || section.problem() != null
        || section.reference() == null
        || definition.dataset() == null) {
      return new DriftNodes(List.of(), List.of());
    }
    DriftConfig config = section.config();
    try (DataBackend backend = DataBackend.duckDb();
        BoundTable ref =
            backend.open(resolve(source, section.reference(), "reference", configuration));
        BoundTable cur =
            backend.open(resolve(source, definition.dataset(), "dataset", configuration))) {
      List<PlannedColumn> planned = DriftPlan.columns(config, ref.schema(), cur.schema());
      List<String> coverage = new java.util.ArrayList<>();
      for (PlannedColumn column : planned) {
        if (config.maxOutOfReferenceRange() != null && column.kind() == ColumnKind.NUMERIC) {
          coverage.add("outOfReferenceRange[" + column.name() + "]");
        }
        if (config.maxNewCategories() != null && column.kind() == ColumnKind.CATEGORICAL) {
          coverage.add("newCategories[" + column.name() + "]");
        }
      }
      return new DriftNodes(planned.stream().map(PlannedColumn::name).toList(), coverage);
    } catch (DataAccessException | SuiteDefinitionException | IllegalArgumentException e) {
      // Planning only names the nodes; running the section reports this problem on its node.
      LOG.log(
          System.Logger.Level.DEBUG,
          () ->
              source.location() + ": drift columns planned from the suite only: " + e.getMessage());
      return new DriftNodes(config.columns(), List.of());
    }
  }

  /**
   * A CSV file with a header and no rows gives every column the type VARCHAR, so its columns look
   * like strings next to the other side's numbers: say that the file is empty, not that the types
   * differ.
   */
  private static List<PlannedColumn> explainEmptySides(
      List<PlannedColumn> planned, BoundTable ref, BoundTable cur) {
    if (planned.stream().allMatch(p -> p.problem() == null)) {
      return planned;
    }
    long refRows = rows(ref);
    long curRows = rows(cur);
    if (refRows > 0 && curRows > 0) {
      return planned;
    }
    String empty =
        refRows == 0 && curRows == 0
            ? "both datasets have"
            : refRows == 0 ? "the reference has" : "the current dataset has";
    return planned.stream()
        .map(
            p ->
                p.problem() == null
                    ? p
                    : new PlannedColumn(
                        p.name(),
                        null,
                        ("%s no rows, so the types of its columns cannot be known (a CSV header"
                                + " alone reads as text) and column '%s' cannot be compared;"
                                + " drift needs rows on both sides")
                            .formatted(empty, p.name())))
        .toList();
  }

  private static long rows(BoundTable table) {
    Measure.RowCount count = new Measure.RowCount(RowCondition.ALWAYS);
    return table.measure(List.of(count)).count(count);
  }

  /**
   * The tests of a drift section.
   *
   * @param columns one test per column
   * @param coverage one test per coverage check
   */
  public record DriftNodes(List<String> columns, List<String> coverage) {}

  private static DriftSection requireValid(SuiteSource source, SuiteDefinition definition) {
    DriftSection section = definition.drift();
    if (section == null) {
      throw new IllegalStateException(source.location() + " has no drift section");
    }
    if (section.problem() != null) {
      throw new SuiteDefinitionException(section.problem().toString());
    }
    return section;
  }

  private static FileDataset resolve(
      SuiteSource source,
      @Nullable DatasetRef ref,
      String what,
      MlTestConfiguration configuration) {
    if (ref == null) {
      throw new SuiteDefinitionException(source.location() + ": the suite has no valid " + what);
    }
    try {
      return ref.resolve(
          source.directory().orElse(null),
          configuration.dataRoot(),
          configuration.dataRootPolicy());
    } catch (IllegalArgumentException e) {
      throw new SuiteDefinitionException(
          source.location() + ":" + ref.position() + ": " + what + ": " + e.getMessage());
    }
  }
}
