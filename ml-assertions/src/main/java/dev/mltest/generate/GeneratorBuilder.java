package dev.mltest.generate;

import static dev.mltest.generate.ColumnFacts.forColumn;

import dev.mltest.data.Dataset;
import dev.mltest.data.InMemoryTable;
import dev.mltest.generate.ColumnFacts.Listed;
import dev.mltest.generate.TableFacts.Comparison;
import dev.mltest.generate.TableFacts.DuplicateFact;
import dev.mltest.generate.TableFacts.KeyFact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the generators of a contract: merges each column's constraints into a domain, orders
 * compared columns so that each is drawn after the column it is compared with (narrowing that
 * column first, so every draw has a valid partner), and turns uniqueness, witnesses and null shares
 * into per-column plans. Everything that cannot hold together is reported here, before any table is
 * generated.
 */
final class GeneratorBuilder {
  private final ContractModel model;
  private final Map<String, ColumnFacts> facts = new LinkedHashMap<>();
  private final Map<String, Domain> domains = new LinkedHashMap<>();
  private final Map<String, Set<String>> distinctSources = new HashMap<>();
  private final Map<String, Integer> maxNulls = new HashMap<>();
  private final ComparisonPlanner comparisons;
  private final Witnesses witnesses;
  private Map<String, Dependency> dependencies = Map.of();

  private GeneratorBuilder(ContractModel model) {
    this.model = model;
    model.columns().forEach(c -> facts.put(c.name, c));
    this.comparisons = new ComparisonPlanner(model, facts, domains);
    this.witnesses = new Witnesses(model);
  }

  static GeneratorPlan build(ContractModel model, boolean allowEmpty) {
    return new GeneratorBuilder(model).build(allowEmpty);
  }

  private GeneratorPlan build(boolean allowEmpty) {
    for (ColumnFacts c : facts.values()) {
      domains.put(c.name, DomainMerger.merge(model.name(), c));
      distinctSources.put(c.name, new LinkedHashSet<>(c.unique));
    }
    for (Comparison comparison : model.table().comparisons) {
      comparisons.depend(comparison);
    }
    comparisons.narrowComparedColumns();
    dependencies = comparisons.dependencies();
    for (KeyFact key : model.table().compositeKeys) {
      designateKey(key.columns(), key.source(), false);
    }
    for (DuplicateFact duplicates : model.table().duplicateLimits) {
      List<String> columns =
          duplicates.columns().isEmpty() ? List.copyOf(facts.keySet()) : duplicates.columns();
      designateKey(columns, duplicates.source(), true);
    }
    Map<String, ColumnGenerator> generators = new LinkedHashMap<>();
    for (ColumnFacts c : facts.values()) {
      generators.put(c.name, generator(c));
    }
    List<ColumnGenerator> ordered = generationOrder(generators);
    TableFacts t = model.table();
    RowPlan rows =
        new RowPlan(
            model.name(),
            t.minRows == null ? 0 : t.minRows,
            t.maxRows == null ? Long.MAX_VALUE : t.maxRows,
            t.rowCountSource,
            allowEmpty,
            ordered);
    InMemoryTable.Builder shape = Dataset.table(model.name());
    facts.values().forEach(c -> shape.column(c.name, c.knownType()));
    return new GeneratorPlan(shape.build().columns(), ordered, rows);
  }

  /**
   * Makes one column of a key unique so that the key is, unless one already is. For duplicate rows
   * the column may hold at most one null, since nulls group together there.
   */
  private void designateKey(List<String> columns, String source, boolean nullsGroup) {
    for (String c : columns) {
      if (!forColumn(distinctSources, c).isEmpty()
          && (!nullsGroup
              || !forColumn(facts, c).notNull.isEmpty()
              || maxNulls.getOrDefault(c, Integer.MAX_VALUE) <= 1)) {
        return;
      }
    }
    String best = null;
    for (String c : columns) {
      ColumnFacts f = forColumn(facts, c);
      boolean eligible =
          !dependencies.containsKey(c)
              && f.distinctMin == null
              && f.distinctMax == null
              && forColumn(domains, c).size() >= 2
              && (!nullsGroup
                  || f.nullRatioMin == null
                  || ((Number) f.nullRatioMin.value()).doubleValue() == 0);
      if (eligible
          && (best == null || forColumn(domains, c).size() > forColumn(domains, best).size())) {
        best = c;
      }
    }
    if (best == null) {
      throw unsupported(
          List.of(source),
          "no column of %s can be made unique (each is compared with another column, has a distinctCount, or has fewer than two values)"
              .formatted(columns));
    }
    forColumn(distinctSources, best).add(source);
    if (nullsGroup) {
      maxNulls.put(best, 1);
    }
  }

  private ColumnGenerator generator(ColumnFacts f) {
    Domain domain = forColumn(domains, f.name);
    List<Object> required = new ArrayList<>();
    for (Listed listed : f.required) {
      for (Object v : listed.values()) {
        Object converted =
            TypeInference.convert(v, f.knownType())
                .filter(domain::contains)
                .orElseThrow(
                    () ->
                        conflict(
                            f,
                            "%s requires %s, which the column cannot hold"
                                .formatted(listed.source(), dev.mltest.text.Formats.value(v))));
        if (required.stream().noneMatch(r -> ValueKey.of(r).equals(ValueKey.of(converted)))) {
          required.add(converted);
        }
      }
    }
    boolean never = !f.notNull.isEmpty();
    Double minRatio =
        f.nullRatioMin == null ? null : ((Number) f.nullRatioMin.value()).doubleValue();
    Double maxRatio =
        f.nullRatioMax == null ? null : ((Number) f.nullRatioMax.value()).doubleValue();
    if (never && minRatio != null && minRatio > 0) {
      throw conflict(f, "nulls are forbidden yet required");
    }
    NullPlan nulls =
        new NullPlan(never, minRatio, maxRatio, maxNulls.getOrDefault(f.name, Integer.MAX_VALUE));
    boolean distinct = !forColumn(distinctSources, f.name).isEmpty();
    if (f.distinctMin != null && domain.size() < f.distinctMin) {
      throw conflict(
          f,
          "%s needs %d distinct values but the column has %d valid values"
              .formatted(f.distinctCountSource, f.distinctMin, domain.size()));
    }
    if (f.distinctMax != null && required.size() > f.distinctMax) {
      throw conflict(
          f,
          "%s allows %d distinct values but %d values are required"
              .formatted(f.distinctCountSource, f.distinctMax, required.size()));
    }
    return new ColumnGenerator(
        f.name,
        domain,
        nulls,
        distinct,
        f.distinctMin,
        f.distinctMax,
        required,
        witnesses.of(f, domain),
        dependencies.get(f.name));
  }

  private List<ColumnGenerator> generationOrder(Map<String, ColumnGenerator> generators) {
    List<ColumnGenerator> ordered = new ArrayList<>(generators.values());
    ordered.sort(
        (a, b) -> Integer.compare(comparisons.depth(a.name()), comparisons.depth(b.name())));
    return ordered;
  }

  private ContractException conflict(ColumnFacts f, String why) {
    return new ContractException(
        "contract '%s' is unsatisfiable: column '%s': %s".formatted(model.name(), f.name, why),
        f.sources());
  }

  private ContractException unsupported(List<String> sources, String why) {
    return new ContractException(
        "contract '%s' cannot be generated: %s: %s"
            .formatted(model.name(), String.join(", ", sources), why),
        sources);
  }
}
