package dev.mltest.generate;

import dev.mltest.data.Column;
import dev.mltest.data.ColumnType;
import dev.mltest.data.ComparisonOperator;
import dev.mltest.data.ValueFormat;
import dev.mltest.expect.ExpectationSpec;
import dev.mltest.expect.Parameters;
import dev.mltest.generate.ColumnFacts.FormatSpec;
import dev.mltest.generate.ColumnFacts.Limit;
import dev.mltest.generate.ColumnFacts.Listed;
import dev.mltest.generate.ColumnFacts.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a contract's expectations into facts per column and per table. Expectations that no
 * generator can honour (SQL predicates, statistics, {@code where} filters) are collected and
 * reported together.
 */
final class ContractReader {
  /** Expectations judged on statistics of the whole column, which generation cannot target. */
  static final Set<String> UNSUPPORTED =
      Set.of(
          "rowPredicate",
          "meanBetween",
          "stdevBetween",
          "quantilesBetween",
          "sumBetween",
          "uniqueProportion",
          "mostCommonValueIn",
          "zScoreOutliers",
          "distributionMatches",
          "meanAbsoluteError");

  private final Map<String, ColumnFacts> columns = new LinkedHashMap<>();
  private final TableFacts table = new TableFacts();
  private final List<String> problems = new ArrayList<>();
  private final List<String> problemSources = new ArrayList<>();

  private ContractReader() {}

  /**
   * @param declared columns declared in Java, in order; empty for a suite, whose columns and types
   *     come from its expectations
   * @throws ContractException listing every expectation that cannot be generated
   */
  static ContractModel read(String contract, List<Column> declared, List<ExpectationSpec> specs) {
    ContractReader reader = new ContractReader();
    for (Column c : declared) {
      ColumnFacts facts = reader.column(c.name());
      facts.type = c.type();
      facts.typeSource = "the declared columns";
    }
    for (ExpectationSpec spec : specs) {
      reader.read(spec, !declared.isEmpty());
    }
    if (!reader.problems.isEmpty()) {
      throw new ContractException(
          "contract '%s' cannot be generated:%n  - %s%nGeneration supports per-value, null, uniqueness, set, string, row-count and column-comparison expectations; keep the others in a separate suite."
              .formatted(contract, String.join("%n  - ".formatted(), reader.problems)),
          reader.problemSources);
    }
    TypeInference.apply(reader.columns, reader.table);
    return new ContractModel(contract, List.copyOf(reader.columns.values()), reader.table);
  }

  private ColumnFacts column(String name) {
    return columns.computeIfAbsent(name, ColumnFacts::new);
  }

  private void unsupported(ExpectationSpec spec, String why) {
    problems.add(spec.name() + ": " + why);
    problemSources.add(spec.name());
  }

  private void read(ExpectationSpec spec, boolean columnsDeclared) {
    String key = spec.type().key();
    if (spec.where() != null) {
      unsupported(spec, "'where' filters are not generatable");
      return;
    }
    if (UNSUPPORTED.contains(key)) {
      unsupported(spec, key + " judges a statistic of the whole column, which is not generatable");
      return;
    }
    if (columnsDeclared) {
      for (String c : spec.columns()) {
        if (!columns.containsKey(c)) {
          unsupported(spec, "unknown column '%s'; declared: %s".formatted(c, columns.keySet()));
          return;
        }
      }
    }
    Parameters p = spec.parameters();
    String name = spec.name();
    switch (key) {
      case "columns" -> strings(p, "names").forEach(this::column);
      case "columnExists" -> column(string(p, "column"));
      case "columnType" -> {
        ColumnFacts c = column(string(p, "column"));
        ColumnType t = ColumnType.fromKey(string(p, "type"));
        if (c.type != null && c.type != t) {
          unsupported(
              spec,
              "column '%s' is %s in %s but %s here"
                  .formatted(c.name, c.type.key(), c.typeSource, t.key()));
        }
        c.type = t;
        c.typeSource = name;
      }
      case "notNull" -> column(string(p, "column")).notNull.add(name);
      case "nullRatio" -> {
        ColumnFacts c = column(string(p, "column"));
        c.nullRatioMin = p.get("min") == null ? null : new Limit(p.get("min"), false, name);
        c.nullRatioMax = p.get("max") == null ? null : new Limit(p.get("max"), false, name);
        c.nullRatioSource = name;
      }
      case "unique", "primaryKey" -> {
        List<String> keyColumns = strings(p, "columns");
        if (key.equals("primaryKey")) {
          keyColumns.forEach(c -> column(c).notNull.add(name));
        }
        if (keyColumns.size() == 1) {
          column(keyColumns.get(0)).unique.add(name);
        } else {
          keyColumns.forEach(this::column);
          table.compositeKeys.add(new TableFacts.KeyFact(keyColumns, name));
        }
      }
      case "distinctCount" -> {
        ColumnFacts c = column(string(p, "column"));
        c.distinctMin = p.get("min") == null ? null : ((Number) p.get("min")).longValue();
        c.distinctMax = p.get("max") == null ? null : ((Number) p.get("max")).longValue();
        c.distinctCountSource = name;
      }
      case "duplicateRows" -> {
        List<String> keyColumns = p.has("columns") ? strings(p, "columns") : List.of();
        keyColumns.forEach(this::column);
        table.duplicateLimits.add(
            new TableFacts.DuplicateFact(
                keyColumns, ((Number) p.require("max")).longValue(), name));
      }
      case "rowCount" -> {
        table.minRows = p.get("min") == null ? null : ((Number) p.get("min")).longValue();
        table.maxRows = p.get("max") == null ? null : ((Number) p.get("max")).longValue();
        table.rowCountSource = name;
      }
      case "between" -> {
        ColumnFacts c = column(string(p, "column"));
        if (p.get("min") != null) {
          c.lower.add(new Limit(p.get("min"), flag(p, "strictMin"), name));
        }
        if (p.get("max") != null) {
          c.upper.add(new Limit(p.get("max"), flag(p, "strictMax"), name));
        }
      }
      case "minBetween" -> {
        // The minimum lies in [a, b]: every value is at least a, and some value is at most b.
        ColumnFacts c = column(string(p, "column"));
        if (p.get("min") != null) {
          c.lower.add(new Limit(p.get("min"), flag(p, "strictMin"), name));
        }
        c.someAtMost.add(
            p.get("max") == null
                ? new Limit(Unbounded.INSTANCE, false, name)
                : new Limit(p.get("max"), flag(p, "strictMax"), name));
      }
      case "maxBetween" -> {
        ColumnFacts c = column(string(p, "column"));
        if (p.get("max") != null) {
          c.upper.add(new Limit(p.get("max"), flag(p, "strictMax"), name));
        }
        c.someAtLeast.add(
            p.get("min") == null
                ? new Limit(Unbounded.INSTANCE, false, name)
                : new Limit(p.get("min"), flag(p, "strictMin"), name));
      }
      case "lengthBetween" -> {
        ColumnFacts c = column(string(p, "column"));
        c.typeHints.add(ColumnType.STRING);
        if (p.get("min") != null) {
          c.minLength.add(new Limit(p.get("min"), false, name));
        }
        if (p.get("max") != null) {
          c.maxLength.add(new Limit(p.get("max"), false, name));
        }
      }
      case "inSet" -> column(string(p, "column")).allowed.add(new Listed(values(p), name));
      case "notInSet" -> column(string(p, "column")).forbidden.add(new Listed(values(p), name));
      case "distinctValues" -> {
        ColumnFacts c = column(string(p, "column"));
        String mode = string(p, "mode");
        if (!mode.equals("superset")) {
          c.allowed.add(new Listed(values(p), name));
        }
        if (!mode.equals("subset")) {
          c.required.add(new Listed(values(p), name));
        }
      }
      case "matchesRegex" -> {
        ColumnFacts c = column(string(p, "column"));
        c.typeHints.add(ColumnType.STRING);
        c.regexes.add(new Named<>(string(p, "regex"), name));
      }
      case "format" -> {
        ColumnFacts c = column(string(p, "column"));
        c.typeHints.add(ColumnType.STRING);
        ValueFormat format = ValueFormat.fromKey(string(p, "format")).orElseThrow();
        c.formats.add(new Named<>(new FormatSpec(format, (String) p.get("pattern")), name));
      }
      case "compareColumns" -> {
        String left = string(p, "left");
        String right = string(p, "right");
        column(left);
        column(right);
        ComparisonOperator op = ComparisonOperator.parse(string(p, "operator")).orElseThrow();
        table.comparisons.add(new TableFacts.Comparison(left, op, right, name));
      }
      case "increasing", "decreasing" ->
          unsupported(spec, key + " judges the order of rows, which generation does not plan");
      case "notMatchesRegex" ->
          unsupported(
              spec,
              "a forbidden pattern gives no strings to draw from; state the allowed ones with"
                  + " matchesRegex");
      case "matchesAnyRegex", "matchesAllRegex" ->
          unsupported(
              spec,
              key
                  + " is not planned by the generator; for all of the patterns, write one"
                  + " matchesRegex per pattern");
      case "like", "notLike" ->
          unsupported(
              spec,
              "LIKE patterns give no strings to draw from; state the values with matchesRegex");
      case "matchesJsonSchema" ->
          unsupported(
              spec,
              "a JSON Schema gives no strings to draw from (generating documents that match or"
                  + " break a schema is a generator of its own, which MLTest does not have); state"
                  + " the column's text with matchesRegex or inSet");
      case "columnCount" ->
          unsupported(
              spec,
              "the generated columns are the ones the contract names; list them with 'columns'");
      case "change", "anomaly" ->
          unsupported(
              spec,
              key
                  + " judges a metric against the run history, which a generated table does not"
                  + " have");
      default -> unsupported(spec, "'" + key + "' is not known to the generator");
    }
  }

  private static String string(Parameters p, String name) {
    return (String) p.require(name);
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Parameters p, String name) {
    return (List<String>) p.require(name);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> values(Parameters p) {
    return (List<Object>) p.require("values");
  }

  private static boolean flag(Parameters p, String name) {
    return Boolean.TRUE.equals(p.get(name));
  }

  /** The missing side of an aggregate bound: any value will do. */
  enum Unbounded {
    INSTANCE
  }
}
