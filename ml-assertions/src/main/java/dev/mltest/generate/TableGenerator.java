package dev.mltest.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.Column;
import dev.mltest.data.ColumnType;
import dev.mltest.data.InMemoryTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Generates tables from a {@link Contract}: valid tables (every expectation holds), invalid tables
 * (one expectation made to fail) and edge cases. The same seed always gives the same table.
 *
 * <pre>{@code
 * TableGenerator generator = contract.generator();
 * GeneratedTable table = generator.valid(42L, 20);      // at most 20 rows
 * Optional<GeneratedTable> bad = generator.invalid(42L, 20);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TableGenerator {
  private final Contract contract;
  private final GeneratorPlan plan;
  private final List<Breaker> breakers;

  TableGenerator(Contract contract, GeneratorPlan plan, List<Breaker> breakers) {
    this.contract = contract;
    this.plan = plan;
    this.breakers = List.copyOf(breakers);
  }

  /** The contract the tables come from. */
  public Contract contract() {
    return contract;
  }

  /** The columns of generated tables, with their types. */
  public List<Column> columns() {
    return plan.columns();
  }

  /**
   * A valid table of at most {@code maxRows} rows.
   *
   * @throws ContractException if no table of that size can satisfy the contract
   */
  public GeneratedTable valid(long seed, int maxRows) {
    return valid(new Source(seed), maxRows);
  }

  /**
   * A table of at most {@code maxRows} rows that breaks one expectation of the contract (chosen by
   * the seed); empty if no expectation can be broken within that size.
   */
  public Optional<GeneratedTable> invalid(long seed, int maxRows) {
    return invalid(new Source(seed), maxRows);
  }

  /**
   * The edge cases, valid ones first: empty table, one row of simplest values, special values
   * (bounds, zeros, NaN, infinities, empty, long and non-ASCII strings, every category), nulls
   * wherever allowed, identical rows, constant numeric columns, the largest table; then, unless
   * {@code validOnly}, one table breaking each expectation.
   */
  public List<GeneratedTable> edgeCases(long seed, int maxRows, boolean validOnly) {
    return new EdgeCases(this, seed, maxRows).all(validOnly);
  }

  GeneratedTable valid(Source source, int maxRows) {
    int wanted = maxRows <= 1 ? maxRows : source.between(1, maxRows);
    OptionalInt rows = plan.rows().nearest(wanted, 0, maxRows);
    if (rows.isEmpty()) {
      plan.rows().requireSome(maxRows);
      throw new IllegalStateException("no row count");
    }
    return new GeneratedTable(
        table(source, rows.getAsInt(), c -> Emphasis.RANDOM, 0).toTable(contract.name()),
        "random",
        null);
  }

  Optional<GeneratedTable> invalid(Source source, int maxRows) {
    List<Breaker> usable =
        new ArrayList<>(breakers.stream().filter(b -> b.minRows() <= maxRows).toList());
    source.shuffle(usable);
    for (Breaker breaker : usable) {
      Optional<GeneratedTable> table = broken(source, breaker, maxRows, Emphasis.RANDOM);
      if (table.isPresent()) {
        return table;
      }
    }
    return Optional.empty();
  }

  Optional<GeneratedTable> broken(Source source, Breaker breaker, int maxRows, Emphasis emphasis) {
    int low = Math.max(breaker.minRows(), 1);
    if (low > maxRows) {
      return Optional.empty();
    }
    int wanted = emphasis == Emphasis.RANDOM ? source.between(low, maxRows) : low;
    OptionalInt rows = plan.rows().nearest(wanted, low, maxRows);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    TableDraft draft = table(source, rows.getAsInt(), c -> emphasis, 0);
    if (!breaker.action().apply(source, draft)) {
      return Optional.empty();
    }
    String origin = (emphasis == Emphasis.RANDOM ? "random, " : "edge case: ") + breaker.how();
    return Optional.of(
        new GeneratedTable(draft.toTable(contract.name()), origin, breaker.expectation()));
  }

  /** A valid draft of exactly {@code rows} rows (which the row plan must admit). */
  TableDraft table(Source source, int rows, Function<String, Emphasis> emphasis, int offset) {
    Map<String, List<@Nullable Object>> values = new HashMap<>();
    for (ColumnGenerator c : plan.generators()) {
      if (rows == 0) {
        values.put(c.name(), List.of());
        continue;
      }
      List<@Nullable Object> parent =
          c.dependency() == null ? null : values.get(c.dependency().parent());
      values.put(c.name(), c.fill(source, rows, emphasis.apply(c.name()), offset, parent));
    }
    List<String> names = plan.columns().stream().map(Column::name).toList();
    List<ColumnType> types = plan.columns().stream().map(Column::type).toList();
    List<List<@Nullable Object>> table = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      List<@Nullable Object> row = new ArrayList<>();
      for (String name : names) {
        row.add(Objects.requireNonNull(values.get(name), "every column has a generator").get(i));
      }
      table.add(row);
    }
    return new TableDraft(names, types, table);
  }

  RowPlan rows() {
    return plan.rows();
  }

  List<Breaker> breakers() {
    return breakers;
  }

  List<ColumnGenerator> generators() {
    return plan.generators();
  }

  /** The generators by column name. */
  Map<String, ColumnGenerator> byName() {
    Map<String, ColumnGenerator> out = new LinkedHashMap<>();
    plan.generators().forEach(g -> out.put(g.name(), g));
    return out;
  }

  /**
   * Whether a table meets this generator's model of the contract, checked in Java: the columns and
   * types, an admitted row count, null counts, values in their domains, uniqueness, required
   * values, witnesses, distinct counts and comparisons. The model is at least as strict as the
   * contract (a key is made unique through one column), so a table it admits is valid; the tests
   * prove it with the suite evaluator.
   */
  boolean admits(InMemoryTable table) {
    List<Column> header = table.columns();
    if (!header.equals(plan.columns())) {
      return false;
    }
    int n = table.rows().size();
    if (!plan.rows().admitsCount(n)) {
      return false;
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      index.put(header.get(i).name(), i);
    }
    for (ColumnGenerator c : plan.generators()) {
      int i = Objects.requireNonNull(index.get(c.name()), "the header equals the plan's columns");
      List<Object> values = new ArrayList<>();
      for (List<@Nullable Object> row : table.rows()) {
        Object v = row.get(i);
        if (v != null) {
          values.add(v);
        }
      }
      if (!c.nulls().admits(n, n - values.size())) {
        return false;
      }
      if (c.dependency() == null) {
        if (!c.admitsValues(values)) {
          return false;
        }
        continue;
      }
      int p =
          Objects.requireNonNull(
              index.get(c.dependency().parent()), "the header equals the plan's columns");
      for (List<@Nullable Object> row : table.rows()) {
        Object v = row.get(i);
        Object parent = row.get(p);
        if (v != null
            && (!c.domain().contains(v) || (parent != null && !c.admitsPair(v, parent)))) {
          return false;
        }
      }
    }
    return true;
  }
}
