package dev.mltest.generate;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.Column;
import dev.mltest.data.ColumnType;
import dev.mltest.data.Dataset;
import dev.mltest.data.InMemoryTable;
import dev.mltest.expect.ExpectationKind;
import dev.mltest.expect.ExpectationSpec;
import dev.mltest.suite.SuiteDefinition;
import dev.mltest.suite.SuiteEntry;
import dev.mltest.suite.SuiteParser;
import dev.mltest.suite.SuiteProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What valid data looks like: the columns and the expectations of a suite file, or a schema built
 * in Java. A contract turns into a {@link TableGenerator}.
 *
 * <pre>{@code
 * Contract fromFile = Contract.fromSuite(SuiteParser.parse("payments.contract.yaml", yaml));
 * Contract inJava = Contract.builder("payments")
 *     .column("currency", ColumnType.STRING)
 *     .column("amount", ColumnType.DECIMAL)
 *     .expect("inSet", Map.of("column", "currency", "values", List.of("EUR", "USD")))
 *     .expect("between", Map.of("column", "amount", "min", 0))
 *     .build();
 * }</pre>
 *
 * <p>A suite file's columns are the ones its expectations name; a column without {@code columnType}
 * is typed from its expectations (see {@code docs/property-tests.md}). The suite's dataset is never
 * read, so a contract file may omit it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Contract {
  private final String name;
  private final List<Column> declared;
  private final List<ExpectationSpec> expectations;
  private final boolean allowEmpty;
  private volatile @Nullable TableGenerator generator;

  private Contract(
      String name, List<Column> declared, List<ExpectationSpec> expectations, boolean allowEmpty) {
    this.name = name;
    this.declared = List.copyOf(declared);
    this.expectations = List.copyOf(expectations);
    this.allowEmpty = allowEmpty;
  }

  /**
   * The contract of a parsed suite file.
   *
   * @throws ContractException if the suite is unreadable or has invalid expectations
   */
  public static Contract fromSuite(SuiteDefinition suite) {
    List<String> problems = new ArrayList<>();
    for (SuiteProblem p : suite.problems()) {
      // A contract never reads data, so it needs no dataset.
      if (!(suite.dataset() == null && p.message().startsWith("missing 'dataset"))) {
        problems.add(p.toString());
      }
    }
    List<ExpectationSpec> specs = new ArrayList<>();
    for (SuiteEntry entry : suite.entries()) {
      if (entry.problem() != null) {
        problems.add(entry.problem().toString());
      } else {
        specs.add(entry.spec());
      }
    }
    if (!problems.isEmpty()) {
      throw new ContractException(
          "contract suite %s has problems:%n  - %s"
              .formatted(suite.location(), String.join("%n  - ".formatted(), problems)),
          List.of());
    }
    String name = suite.displayName() != null ? suite.displayName() : baseName(suite.location());
    return new Contract(name, List.of(), specs, suite.allowEmpty());
  }

  /** Parses a suite file's text into a contract. */
  public static Contract parse(String location, String yaml) {
    return fromSuite(SuiteParser.parse(location, yaml));
  }

  /** Starts a contract built in Java; its declared columns are the generated table's columns. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  private static String baseName(String location) {
    String file = location.substring(location.lastIndexOf('/') + 1);
    int dot = file.indexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }

  /** The contract's name: the suite's {@code suite} name, the file's base name, or as built. */
  public String name() {
    return name;
  }

  /** The expectations, in order. */
  public List<ExpectationSpec> expectations() {
    return expectations;
  }

  /** Whether an empty table satisfies the contract (the suite's {@code allowEmpty}). */
  public boolean allowEmpty() {
    return allowEmpty;
  }

  /**
   * The generated tables' columns, with declared or inferred types.
   *
   * @throws ContractException if the contract cannot be generated
   */
  public List<Column> columns() {
    return generator().columns();
  }

  /**
   * The generator, built once: every column's constraints merged into one generator.
   *
   * @throws ContractException naming the expectations that cannot be generated or cannot hold
   *     together
   */
  public TableGenerator generator() {
    TableGenerator g = generator;
    if (g == null) {
      ContractModel model = ContractReader.read(name, declared, expectations);
      GeneratorPlan plan = GeneratorBuilder.build(model, allowEmpty);
      Map<String, ColumnGenerator> byName = new LinkedHashMap<>();
      plan.generators().forEach(c -> byName.put(c.name(), c));
      g = new TableGenerator(this, plan, Breakers.of(expectations, byName));
      generator = g;
    }
    return g;
  }

  /**
   * The contract a single row must meet: the schema and per-row expectations, without the ones
   * about the table as a whole (row counts, null shares, uniqueness, distinct values, extremes). A
   * primary key still forbids nulls.
   */
  public Contract forRows() {
    List<ExpectationSpec> kept = new ArrayList<>();
    for (ExpectationSpec spec : expectations) {
      String key = spec.type().key();
      ExpectationKind kind = spec.type().kind();
      if (key.equals("primaryKey")) {
        @SuppressWarnings("unchecked")
        List<String> columns = (List<String>) spec.parameters().require("columns");
        for (String c : columns) {
          kept.add(
              ExpectationSpec.of(
                  "notNull", Map.of("column", c, "id", spec.name() + "[" + c + "]")));
        }
      } else if (kind == ExpectationKind.SCHEMA
          || (kind == ExpectationKind.ROW && !key.equals("unique"))) {
        kept.add(spec);
      }
    }
    List<Column> columns = declared.isEmpty() ? columns() : declared;
    return new Contract(name, columns, kept, false);
  }

  @Override
  public String toString() {
    return "Contract["
        + name
        + ", "
        + expectations.stream().map(ExpectationSpec::name).collect(Collectors.joining(", "))
        + "]";
  }

  /** Builds a {@link Contract} in Java; obtain one from {@link Contract#builder(String)}. */
  public static final class Builder {
    private final String name;
    private final InMemoryTable.Builder columns;
    private final List<ExpectationSpec> expectations = new ArrayList<>();
    private boolean allowEmpty;

    private Builder(String name) {
      this.name = requireNonNull(name, "name");
      this.columns = Dataset.table(name);
    }

    /** Declares a column; generated tables have exactly the declared columns, in order. */
    public Builder column(String column, ColumnType type) {
      columns.column(column, type);
      return this;
    }

    /**
     * Adds an expectation from the standard catalog, e.g. {@code expect("between", Map.of("column",
     * "amount", "min", 0))}.
     */
    public Builder expect(String key, Map<String, ?> options) {
      expectations.add(ExpectationSpec.of(key, options));
      return this;
    }

    /** Adds an expectation. */
    public Builder expect(ExpectationSpec spec) {
      expectations.add(requireNonNull(spec, "spec"));
      return this;
    }

    /** Whether an empty table is valid (default false, as in suite files). */
    public Builder allowEmpty(boolean allow) {
      this.allowEmpty = allow;
      return this;
    }

    /** The contract. */
    public Contract build() {
      return new Contract(name, columns.build().columns(), expectations, allowEmpty);
    }
  }
}
