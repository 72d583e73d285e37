package dev.mltest.engine.suite;

import dev.mltest.data.BoundTable;
import dev.mltest.data.DataAccessException;
import dev.mltest.data.DataBackend;
import dev.mltest.data.Dataset;
import dev.mltest.data.Measure;
import dev.mltest.data.RowCondition;
import dev.mltest.drift.ColumnKind;
import dev.mltest.drift.DatasetComparison;
import dev.mltest.drift.DriftConfig;
import dev.mltest.drift.DriftPlan;
import dev.mltest.drift.DriftReport;
import dev.mltest.drift.PlannedColumn;
import dev.mltest.engine.config.MlTestConfiguration;
import dev.mltest.suite.DatasetRef;
import dev.mltest.suite.DriftSection;
import dev.mltest.suite.SuiteDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs one suite's drift section: plans its columns at discovery, from the schemas of the two
 * datasets it binds then, and compares them at execution in those same bound tables, so each
 * dataset is opened once per run.
 */
final class DriftRun implements AutoCloseable {
  private final SuiteSource source;
  private final SuiteDefinition definition;
  private final MlTestConfiguration configuration;
  private final Supplier<DataBackend> backends;
  private final DriftNodes nodes;
  private final @Nullable String planProblem;
  private @Nullable DriftTables tables;

  private DriftRun(
      SuiteSource source,
      SuiteDefinition definition,
      MlTestConfiguration configuration,
      Supplier<DataBackend> backends,
      Planned planned) {
    this.source = source;
    this.definition = definition;
    this.configuration = configuration;
    this.backends = backends;
    this.nodes = planned.nodes();
    this.planProblem = planned.problem();
    this.tables = planned.tables();
  }

  /** What planning found: the nodes, why they come from the suite alone, the tables it bound. */
  private record Planned(
      DriftNodes nodes, @Nullable String problem, @Nullable DriftTables tables) {}

  /**
   * Plans a drift section: the columns it covers (the listed ones, or the ones both datasets share)
   * and the names of its coverage checks, read from the two schemas. The datasets stay open for
   * {@link #compare}. When a dataset cannot be found or read now, the plan holds only the listed
   * columns and says why ({@link #planProblem}); running the section then opens the datasets itself
   * and reports what is wrong.
   *
   * @param backends starts the backend the two datasets are bound in
   */
  static DriftRun plan(
      SuiteSource source,
      SuiteDefinition definition,
      MlTestConfiguration configuration,
      Supplier<DataBackend> backends) {
    return new DriftRun(
        source,
        definition,
        configuration,
        backends,
        planned(source, definition, configuration, backends));
  }

  private static Planned planned(
      SuiteSource source,
      SuiteDefinition definition,
      MlTestConfiguration configuration,
      Supplier<DataBackend> backends) {
    DriftSection section = definition.drift();
    if (section == null
        || section.problem() != null
        || section.reference() == null
        || definition.dataset() == null) {
      // Running the section reports the problem; there is nothing to plan from.
      return new Planned(new DriftNodes(List.of(), List.of()), null, null);
    }
    DriftConfig config = section.config();
    DriftTables opened = null;
    try {
      opened =
          DriftTables.open(
              backends,
              resolve(source, section.reference(), "reference", configuration),
              resolve(source, definition.dataset(), "dataset", configuration));
      List<PlannedColumn> planned =
          DriftPlan.columns(config, opened.reference().schema(), opened.current().schema());
      return new Planned(nodes(config, planned), null, opened);
    } catch (DataAccessException | SuiteDefinitionException | IllegalArgumentException e) {
      if (opened != null) {
        opened.close();
      }
      String problem =
          "drift columns planned from the suite only, because the datasets could not be read at"
              + " discovery: "
              + e.getMessage();
      return new Planned(new DriftNodes(config.columns(), List.of()), problem, null);
    }
  }

  private static DriftNodes nodes(DriftConfig config, List<PlannedColumn> planned) {
    List<String> coverage = new ArrayList<>();
    for (PlannedColumn column : planned) {
      if (config.maxOutOfReferenceRange() != null && column.kind() == ColumnKind.NUMERIC) {
        coverage.add("outOfReferenceRange[" + column.name() + "]");
      }
      if (config.maxNewCategories() != null && column.kind() == ColumnKind.CATEGORICAL) {
        coverage.add("newCategories[" + column.name() + "]");
      }
    }
    return new DriftNodes(planned.stream().map(PlannedColumn::name).toList(), coverage);
  }

  /** The tests the section's node gets. */
  DriftNodes nodes() {
    return nodes;
  }

  /**
   * Why the columns were planned from the suite file alone, if they were: the section's node
   * publishes it, so that a fallback is never silent.
   */
  Optional<String> planProblem() {
    return Optional.ofNullable(planProblem);
  }

  /**
   * Compares the suite's dataset with the reference over the given columns, in the tables bound at
   * discovery (or, if discovery could not bind them, in tables bound now), then closes them: every
   * side is read once.
   *
   * @throws SuiteDefinitionException if the drift section or a dataset path is wrong
   * @throws ExpectationErrorException if a dataset cannot be read
   */
  DriftReport compare(List<String> columns) {
    DriftSection section = requireValid(source, definition);
    // The nodes' columns are planned; only the columns the user listed count as forced in.
    DriftConfig config = section.config();
    try (DriftTables bound = take(section)) {
      BoundTable ref = bound.reference();
      BoundTable cur = bound.current();
      List<PlannedColumn> planned =
          explainEmptySides(
              DriftPlan.columns(config.withColumns(columns), ref.schema(), cur.schema()), ref, cur);
      return DatasetComparison.compare(ref, cur, config, planned);
    } catch (DataAccessException e) {
      throw new ExpectationErrorException(source.location() + ": " + e.getMessage(), e);
    }
  }

  private synchronized DriftTables take(DriftSection section) {
    DriftTables held = tables;
    tables = null;
    if (held != null) {
      return held;
    }
    Dataset current = resolve(source, definition.dataset(), "dataset", configuration);
    Dataset reference = resolve(source, section.reference(), "reference", configuration);
    return DriftTables.open(backends, reference, current);
  }

  /**
   * Closes the datasets bound at discovery if {@link #compare} has not; a second call does nothing.
   */
  @Override
  public synchronized void close() {
    if (tables != null) {
      tables.close();
      tables = null;
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
  record DriftNodes(List<String> columns, List<String> coverage) {}

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

  private static Dataset resolve(
      SuiteSource source,
      @Nullable DatasetRef ref,
      String what,
      MlTestConfiguration configuration) {
    if (ref == null) {
      throw new SuiteDefinitionException(source.location() + ": the suite has no valid " + what);
    }
    try {
      return ref.dataset(
          source.directory().orElse(null),
          configuration.dataRoot(),
          configuration.dataRootPolicy());
    } catch (IllegalArgumentException e) {
      throw new SuiteDefinitionException(
          source.location() + ":" + ref.position() + ": " + what + ": " + e.getMessage());
    }
  }
}
