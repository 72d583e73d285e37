package dev.mltest.generate;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.Column;
import dev.mltest.data.InMemoryTable;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.opentest4j.TestAbortedException;

/**
 * Runs a property on tables generated from a contract: edge cases first, then random tables, each
 * from a seed derived from the run's seed. On the first failure it shrinks the table and returns
 * the original, the shrunk table and the seed that replays the run.
 *
 * <pre>{@code
 * PropertyResult result =
 *     PropertyRunner.of(contract, PropertySettings.defaults().withTries(200))
 *         .run(table -> assertThat(scaler.transform(table)).hasNoNaN());
 * if (result instanceof PropertyResult.Failed failed) {
 *   throw new AssertionError(failed.message(), failed.failure());
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PropertyRunner {
  private final Contract contract;
  private final PropertySettings settings;

  private PropertyRunner(Contract contract, PropertySettings settings) {
    this.contract = requireNonNull(contract, "contract");
    this.settings = requireNonNull(settings, "settings");
  }

  /** A runner for a contract with the given settings. */
  public static PropertyRunner of(Contract contract, PropertySettings settings) {
    return new PropertyRunner(contract, settings);
  }

  /**
   * Runs a property on whole tables.
   *
   * @throws ContractException if the contract cannot be generated at the settings' table size
   */
  public PropertyResult run(TableProperty property) {
    return new Run(contract, settings, property, false).run();
  }

  /**
   * Runs a property on single rows, drawn from the contract's per-row expectations ({@link
   * Contract#forRows()}).
   *
   * @throws ContractException if the contract cannot be generated
   */
  public PropertyResult runRows(RowProperty property) {
    TableProperty onRow =
        table -> {
          if (table.rows().size() != 1) {
            throw new TestAbortedException("not a single row");
          }
          property.check(row(table, 0));
        };
    return new Run(contract.forRows(), settings.withRows(1), onRow, true).run();
  }

  /** Row {@code index} of a table as column name to value, in column order. */
  public static Map<String, @Nullable Object> row(InMemoryTable table, int index) {
    Map<String, @Nullable Object> row = new LinkedHashMap<>();
    List<Column> columns = table.columns();
    for (int i = 0; i < columns.size(); i++) {
      row.put(columns.get(i).name(), table.rows().get(index).get(i));
    }
    return Collections.unmodifiableMap(row);
  }

  /** A fresh seed, for runs that are not replays. */
  public static long freshSeed() {
    return new SecureRandom().nextLong();
  }

  private static final class Run {
    private final Contract contract;
    private final PropertySettings settings;
    private final TableProperty property;
    private final TableGenerator generator;
    private final long seed;
    private final boolean rowsOnly;

    Run(Contract contract, PropertySettings settings, TableProperty property, boolean rowsOnly) {
      this.rowsOnly = rowsOnly;
      this.contract = contract;
      this.settings = settings;
      this.property = property;
      this.generator = contract.generator();
      this.seed = settings.seed() != null ? settings.seed() : freshSeed();
    }

    PropertyResult run() {
      generator.rows().requireSome(settings.rows());
      List<GeneratedTable> edges =
          settings.edgeCases()
              ? generator.edgeCases(seed, settings.rows(), settings.validOnly()).stream()
                  .filter(t -> !rowsOnly || t.table().rows().size() == 1)
                  .toList()
              : List.of();
      int discarded = 0;
      for (int i = 0; i < settings.tries(); i++) {
        GeneratedTable table = i < edges.size() ? edges.get(i) : random(i);
        Throwable failure = attempt(table.table());
        if (failure instanceof TestAbortedException) {
          discarded++;
        } else if (failure != null) {
          return shrink(i + 1, Math.min(i + 1, edges.size()), table, failure);
        }
      }
      return new PropertyResult.Passed(
          seed, settings.tries(), Math.min(settings.tries(), edges.size()), discarded);
    }

    private GeneratedTable random(int index) {
      Source source = Source.forTry(seed, index);
      if (!settings.validOnly() && source.chance(0.5)) {
        return generator
            .invalid(source, settings.rows())
            .orElseGet(() -> generator.valid(source, settings.rows()));
      }
      return generator.valid(source, settings.rows());
    }

    private @Nullable Throwable attempt(InMemoryTable table) {
      try {
        property.check(table);
        return null;
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable t) {
        return t;
      }
    }

    private PropertyResult shrink(
        int tries, int edgeCount, GeneratedTable original, Throwable failure) {
      Class<?> kind = failure.getClass();
      Throwable[] last = {failure};
      try (ContractCheck check = new ContractCheck(contract, generator)) {
        Map<String, ColumnGenerator> columns = generator.byName();
        Shrinker shrinker =
            Shrinker.within(settings.shrinkTime())
                .withCandidates(
                    (column, value) ->
                        columns.containsKey(column)
                            ? columns.get(column).domain().simpler(value)
                            : List.of());
        Shrinker.Shrunk shrunk =
            shrinker.shrink(
                original.table(),
                candidate -> {
                  Throwable t = attempt(candidate);
                  if (t == null || t.getClass() != kind) {
                    return false;
                  }
                  if (original.isValid() && !check.accepts(candidate)) {
                    return false;
                  }
                  last[0] = t;
                  return true;
                });
        if (original.isValid() && shrunk.steps() > 0 && !check.confirms(shrunk.table())) {
          // The model and the evaluator disagree: report the original rather than an invalid table.
          return new PropertyResult.Failed(
              seed, tries, edgeCount, original, original.table(), failure, 0, shrunk.timedOut());
        }
        return new PropertyResult.Failed(
            seed,
            tries,
            edgeCount,
            original,
            shrunk.table(),
            last[0],
            shrunk.steps(),
            shrunk.timedOut());
      }
    }
  }
}
