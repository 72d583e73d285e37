package dev.mltest.expect;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.RowCondition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One validated expectation: its type, common options and parameters, and the check built from
 * them.
 *
 * <pre>{@code
 * ExpectationSpec spec = ExpectationSpec.of(
 *     "between", Map.of("column", "income", "min", 0, "max", 1e7, "mostly", 0.95));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ExpectationSpec {
  /** Options every expectation accepts, besides its own parameters. */
  public static final List<String> COMMON_OPTIONS =
      List.of(
          "expect", "id", "description", "severity", "where", "mostly", "sampleSize", "keyColumns");

  /** How many offending values a failure shows unless {@code sampleSize} says otherwise. */
  public static final int DEFAULT_SAMPLE_SIZE = 20;

  private final ExpectationType type;
  private final @Nullable String id;
  private final @Nullable String description;
  private final Severity severity;
  private final @Nullable String where;
  private final @Nullable Double mostly;
  private final int sampleSize;
  private final List<String> keyColumns;
  private final Parameters parameters;
  private final Check check;

  private ExpectationSpec(Builder b, Parameters parameters) {
    this.type = b.type;
    this.id = b.id;
    this.description = b.description;
    this.severity = b.severity;
    this.where = b.where;
    this.mostly = b.mostly;
    this.sampleSize = b.sampleSize;
    this.keyColumns = List.copyOf(b.keyColumns);
    this.parameters = parameters;
    this.check = type.factory().apply(this);
  }

  /**
   * Builds a spec from the standard catalog, the way a suite file's list item is read.
   *
   * @param key the expectation type
   * @param options its parameters and common options ({@code mostly}, {@code where}, ...)
   * @throws InvalidExpectationException naming every problem
   */
  public static ExpectationSpec of(String key, Map<String, ?> options) {
    Map<String, Object> raw = new LinkedHashMap<>(options);
    raw.put("expect", key);
    return parse(Catalog.standard(), raw);
  }

  /**
   * Validates a parsed suite-file mapping (with its {@code expect} key).
   *
   * @throws InvalidExpectationException naming every problem and the key it concerns
   */
  public static ExpectationSpec parse(Catalog catalog, Map<String, ?> raw) {
    return new SpecReader(catalog, raw).read();
  }

  /** The expectation type. */
  public ExpectationType type() {
    return type;
  }

  /** The user-given id, if any. */
  public @Nullable String id() {
    return id;
  }

  /** The name that identifies it in its suite: the id, else {@code key[columns]} or the key. */
  public String name() {
    if (id != null) {
      return id;
    }
    List<String> columns = columns();
    return columns.isEmpty() ? type.key() : type.key() + "[" + String.join(",", columns) + "]";
  }

  /** A human description, if given. */
  public @Nullable String description() {
    return description;
  }

  /** How a failure counts. */
  public Severity severity() {
    return severity;
  }

  /** The row filter as written (an SQL boolean expression), if any. */
  public @Nullable String where() {
    return where;
  }

  /** The row filter as a condition. */
  public RowCondition whereCondition() {
    return where == null ? RowCondition.ALWAYS : new RowCondition.Sql(where);
  }

  /** The required passing share for per-row expectations (default 1.0), else null. */
  public @Nullable Double mostly() {
    return mostly;
  }

  /** The passing share a per-row check requires: {@link #mostly()}, or 1 (every value) if unset. */
  public double requiredShare() {
    return mostly == null ? 1.0 : mostly;
  }

  /** How many offending values a failure shows. */
  public int sampleSize() {
    return sampleSize;
  }

  /** Columns that identify offending rows in failure samples. */
  public List<String> keyColumns() {
    return keyColumns;
  }

  /** The expectation's own parameters. */
  public Parameters parameters() {
    return parameters;
  }

  /** The check built from this spec. */
  public Check check() {
    return check;
  }

  /**
   * For a history-aware expectation ({@code change}, {@code anomaly}): the metric's name in the
   * metrics repository, e.g. {@code rowCount} or {@code nullRatio(income)}.
   */
  public Optional<String> historyMetric() {
    return Optional.ofNullable(HistoryEntries.metricOf(check));
  }

  /** The columns the expectation reads, in order, without duplicates. */
  public List<String> columns() {
    Set<String> columns = new LinkedHashSet<>();
    check.requirements().forEach(r -> columns.add(r.column()));
    return List.copyOf(columns);
  }

  @Override
  public String toString() {
    return "ExpectationSpec[" + name() + "]";
  }

  /** Collects validated options before the check is built. */
  static final class Builder {
    ExpectationType type;
    @Nullable String id;
    @Nullable String description;
    Severity severity = Severity.ERROR;
    @Nullable String where;
    @Nullable Double mostly;
    int sampleSize = DEFAULT_SAMPLE_SIZE;
    List<String> keyColumns = new ArrayList<>();

    Builder(ExpectationType type) {
      this.type = requireNonNull(type, "type");
      this.mostly = type.takesMostly() ? 1.0 : null;
    }

    ExpectationSpec build(Map<String, Object> parameters) {
      return new ExpectationSpec(this, new Parameters(parameters));
    }
  }
}
