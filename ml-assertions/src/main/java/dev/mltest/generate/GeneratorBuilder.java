package dev.mltest.generate;

import dev.mltest.data.ColumnType;
import dev.mltest.data.ComparisonOperator;
import dev.mltest.data.Dataset;
import dev.mltest.data.InMemoryTable;
import dev.mltest.generate.ColumnFacts.Limit;
import dev.mltest.generate.ColumnFacts.Listed;
import dev.mltest.generate.ColumnGenerator.Dependency;
import dev.mltest.generate.ColumnGenerator.NullPlan;
import dev.mltest.generate.ColumnGenerator.Witness;
import dev.mltest.generate.TableFacts.Comparison;
import dev.mltest.generate.TableFacts.DuplicateFact;
import dev.mltest.generate.TableFacts.KeyFact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

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
  private final Map<String, Dependency> dependencies = new HashMap<>();
  private final Map<String, Set<String>> distinctSources = new HashMap<>();
  private final Map<String, Integer> maxNulls = new HashMap<>();

  private GeneratorBuilder(ContractModel model) {
    this.model = model;
    model.columns().forEach(c -> facts.put(c.name, c));
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
      depend(comparison);
    }
    narrowComparedColumns();
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
    facts.values().forEach(c -> shape.column(c.name, c.type));
    return new GeneratorPlan(shape.build().columns(), ordered, rows);
  }

  private void depend(Comparison c) {
    ColumnType left = facts.get(c.left()).type;
    ColumnType right = facts.get(c.right()).type;
    boolean comparable =
        (left.isNumeric() && right.isNumeric()) || (left == right && left.isTemporal());
    if (!comparable || (c.operator() == ComparisonOperator.EQ && left != right)) {
      throw unsupported(
          List.of(c.source()),
          "comparisons are generated between numeric columns or between columns of the same date or timestamp type, found %s and %s"
              .formatted(left.key(), right.key()));
    }
    if (eligibleChild(c.left(), c.right())) {
      dependencies.put(c.left(), new Dependency(c.right(), c.operator(), c.source()));
    } else if (eligibleChild(c.right(), c.left())) {
      dependencies.put(c.right(), new Dependency(c.left(), flip(c.operator()), c.source()));
    } else {
      throw unsupported(
          List.of(c.source()),
          "'%s' and '%s' each carry constraints (uniqueness, listed or required values, another comparison) that cannot be combined with a generated comparison"
              .formatted(c.left(), c.right()));
    }
    // NaN has its own order in the backend; compared columns never hold it.
    for (String name : List.of(c.left(), c.right())) {
      if (domains.get(name) instanceof DecimalDomain d) {
        domains.put(name, d.withoutNaN());
      }
    }
  }

  private boolean eligibleChild(String child, String parent) {
    ColumnFacts f = facts.get(child);
    if (dependencies.containsKey(child)
        || !f.unique.isEmpty()
        || f.distinctMin != null
        || f.distinctMax != null
        || !f.required.isEmpty()
        || !f.someAtMost.isEmpty()
        || !f.someAtLeast.isEmpty()) {
      return false;
    }
    for (String p = parent;
        p != null;
        p = dependencies.containsKey(p) ? dependencies.get(p).parent() : null) {
      if (p.equals(child)) {
        return false;
      }
    }
    return true;
  }

  private static ComparisonOperator flip(ComparisonOperator op) {
    return switch (op) {
      case GT -> ComparisonOperator.LT;
      case GE -> ComparisonOperator.LE;
      case LT -> ComparisonOperator.GT;
      case LE -> ComparisonOperator.GE;
      case EQ, NE -> op;
    };
  }

  private int depth(String column) {
    int depth = 0;
    for (String c = column; dependencies.containsKey(c); c = dependencies.get(c).parent()) {
      depth++;
    }
    return depth;
  }

  /** Narrows each compared-with column so that every one of its values leaves the other a value. */
  private void narrowComparedColumns() {
    List<String> children = new ArrayList<>(dependencies.keySet());
    children.sort((a, b) -> Integer.compare(depth(b), depth(a)));
    for (String child : children) {
      Dependency d = dependencies.get(child);
      Domain c = domains.get(child);
      Domain p = domains.get(d.parent());
      Optional<Domain> narrowed =
          switch (d.operator()) {
            case GE ->
                max(c)
                    .map(m -> p.restrict(null, new Domain.Bound(m, false)))
                    .orElse(Optional.of(p));
            case GT ->
                max(c).map(m -> p.restrict(null, new Domain.Bound(m, true))).orElse(Optional.of(p));
            case LE ->
                min(c)
                    .map(m -> p.restrict(new Domain.Bound(m, false), null))
                    .orElse(Optional.of(p));
            case LT ->
                min(c).map(m -> p.restrict(new Domain.Bound(m, true), null)).orElse(Optional.of(p));
            case EQ -> equalTo(p, c);
            case NE ->
                c.size() == 1
                    ? Optional.of(p.excluding(Set.of(ValueKey.of(c.simplest()))))
                        .filter(x -> x.size() > 0)
                    : Optional.of(p);
          };
      if (narrowed.isEmpty()) {
        List<String> sources = new ArrayList<>(List.of(d.source()));
        sources.addAll(facts.get(child).sources());
        sources.addAll(facts.get(d.parent()).sources());
        throw new ContractException(
            "contract '%s' is unsatisfiable: %s cannot hold for any values '%s' and '%s' may take (%s)"
                .formatted(
                    model.name(),
                    d.source(),
                    child,
                    d.parent(),
                    String.join(", ", new LinkedHashSet<>(sources))),
            List.copyOf(new LinkedHashSet<>(sources)));
      }
      domains.put(d.parent(), narrowed.get());
    }
  }

  private static Optional<Domain> equalTo(Domain parent, Domain child) {
    Optional<List<Object>> values = parent.enumerate(10_000).or(() -> child.enumerate(10_000));
    if (values.isPresent()) {
      List<Object> both =
          values.get().stream().filter(v -> parent.contains(v) && child.contains(v)).toList();
      return both.isEmpty() ? Optional.empty() : Optional.of(new SetDomain(parent.type(), both));
    }
    Optional<Domain> result = Optional.of(parent);
    Optional<Object> low = min(child);
    Optional<Object> high = max(child);
    if (low.isPresent() || high.isPresent()) {
      result =
          parent.restrict(
              low.map(v -> new Domain.Bound(v, false)).orElse(null),
              high.map(v -> new Domain.Bound(v, false)).orElse(null));
    }
    if (child instanceof LongDomain l) {
      result = result.map(r -> r.excluding(l.excluded()));
    } else if (child instanceof DecimalDomain d) {
      result = result.map(r -> r.excluding(d.excluded()));
    }
    return result;
  }

  static Optional<Object> min(Domain domain) {
    if (domain instanceof LongDomain l) {
      return Optional.of(l.decode(l.low()));
    }
    if (domain instanceof DecimalDomain d) {
      return d.min().map(v -> v);
    }
    if (domain instanceof SetDomain s) {
      return s.values().stream().min(SetDomain::compare);
    }
    return Optional.empty();
  }

  static Optional<Object> max(Domain domain) {
    if (domain instanceof LongDomain l) {
      return Optional.of(l.decode(l.high()));
    }
    if (domain instanceof DecimalDomain d) {
      return d.max().map(v -> v);
    }
    if (domain instanceof SetDomain s) {
      return s.values().stream().max(SetDomain::compare);
    }
    return Optional.empty();
  }

  /**
   * Makes one column of a key unique so that the key is, unless one already is. For duplicate rows
   * the column may hold at most one null, since nulls group together there.
   */
  private void designateKey(List<String> columns, String source, boolean nullsGroup) {
    for (String c : columns) {
      if (!distinctSources.get(c).isEmpty()
          && (!nullsGroup
              || !facts.get(c).notNull.isEmpty()
              || maxNulls.getOrDefault(c, Integer.MAX_VALUE) <= 1)) {
        return;
      }
    }
    String best = null;
    for (String c : columns) {
      ColumnFacts f = facts.get(c);
      boolean eligible =
          !dependencies.containsKey(c)
              && f.distinctMin == null
              && f.distinctMax == null
              && domains.get(c).size() >= 2
              && (!nullsGroup
                  || f.nullRatioMin == null
                  || ((Number) f.nullRatioMin.value()).doubleValue() == 0);
      if (eligible && (best == null || domains.get(c).size() > domains.get(best).size())) {
        best = c;
      }
    }
    if (best == null) {
      throw unsupported(
          List.of(source),
          "no column of %s can be made unique (each is compared with another column, has a distinctCount, or has fewer than two values)"
              .formatted(columns));
    }
    distinctSources.get(best).add(source);
    if (nullsGroup) {
      maxNulls.put(best, 1);
    }
  }

  private ColumnGenerator generator(ColumnFacts f) {
    Domain domain = domains.get(f.name);
    List<Object> required = new ArrayList<>();
    for (Listed listed : f.required) {
      for (Object v : listed.values()) {
        Object converted =
            TypeInference.convert(v, f.type)
                .filter(domain::contains)
                .orElseThrow(
                    () ->
                        conflict(
                            f,
                            "%s requires %s, which the column cannot hold"
                                .formatted(listed.source(), dev.mltest.expect.Formats.value(v))));
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
    boolean distinct = !distinctSources.get(f.name).isEmpty();
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
        witnesses(f, domain),
        dependencies.get(f.name));
  }

  /** What {@code minBetween}/{@code maxBetween} need beyond bounds: some value near the edge. */
  private List<Witness> witnesses(ColumnFacts f, Domain domain) {
    Limit atMost = tightest(f.someAtMost, true);
    Limit atLeast = tightest(f.someAtLeast, false);
    boolean anyValue = !f.someAtMost.isEmpty() || !f.someAtLeast.isEmpty();
    List<Witness> out = new ArrayList<>();
    if (atMost != null && atLeast != null) {
      Domain.Bound low = bound(f, atLeast);
      Domain.Bound high = bound(f, atMost);
      Optional<Domain> both = domain.restrict(low, high);
      if (both.isPresent()) {
        return List.of(
            new Witness(
                both.get(),
                v -> above(v, low) && below(v, high),
                atMost.source() + ", " + atLeast.source()));
      }
    }
    if (atMost != null) {
      Domain.Bound high = bound(f, atMost);
      Domain w =
          domain
              .restrict(null, high)
              .orElseThrow(
                  () ->
                      conflict(
                          f,
                          "%s needs a value %s %s that the other expectations forbid"
                              .formatted(
                                  atMost.source(),
                                  high.strict() ? "<" : "≤",
                                  dev.mltest.expect.Formats.value(atMost.value()))));
      out.add(new Witness(w, v -> below(v, high), atMost.source()));
    }
    if (atLeast != null) {
      Domain.Bound low = bound(f, atLeast);
      Domain w =
          domain
              .restrict(low, null)
              .orElseThrow(
                  () ->
                      conflict(
                          f,
                          "%s needs a value %s %s that the other expectations forbid"
                              .formatted(
                                  atLeast.source(),
                                  low.strict() ? ">" : "≥",
                                  dev.mltest.expect.Formats.value(atLeast.value()))));
      out.add(new Witness(w, v -> above(v, low), atLeast.source()));
    }
    if (out.isEmpty() && anyValue) {
      Predicate<Object> any = v -> true;
      out.add(
          new Witness(
              domain,
              any,
              f.someAtMost.isEmpty()
                  ? f.someAtLeast.get(0).source()
                  : f.someAtMost.get(0).source()));
    }
    return out;
  }

  private static Limit tightest(List<Limit> limits, boolean smallest) {
    Limit best = null;
    for (Limit l : limits) {
      if (l.value() instanceof ContractReader.Unbounded) {
        continue;
      }
      if (best == null) {
        best = l;
        continue;
      }
      int c = compareWritten(l.value(), best.value());
      if (smallest ? c < 0 || (c == 0 && l.strict()) : c > 0 || (c == 0 && l.strict())) {
        best = l;
      }
    }
    return best;
  }

  private static int compareWritten(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return Double.compare(x.doubleValue(), y.doubleValue());
    }
    return a.toString().compareTo(b.toString());
  }

  private Domain.Bound bound(ColumnFacts f, Limit limit) {
    Object value =
        TypeInference.bound(limit.value(), f.type)
            .orElseThrow(
                () ->
                    conflict(
                        f,
                        "bound %s of %s is not a %s value"
                            .formatted(limit.value(), limit.source(), f.type.key())));
    return new Domain.Bound(value, limit.strict());
  }

  private static boolean above(Object v, Domain.Bound low) {
    int c = SetDomain.compare(v, low.value());
    return low.strict() ? c > 0 : c >= 0;
  }

  private static boolean below(Object v, Domain.Bound high) {
    int c = SetDomain.compare(v, high.value());
    return high.strict() ? c < 0 : c <= 0;
  }

  private List<ColumnGenerator> generationOrder(Map<String, ColumnGenerator> generators) {
    List<ColumnGenerator> ordered = new ArrayList<>(generators.values());
    ordered.sort((a, b) -> Integer.compare(depth(a.name()), depth(b.name())));
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
