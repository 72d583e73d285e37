package dev.mltest.generate;

import static dev.mltest.generate.ColumnFacts.forColumn;

import dev.mltest.data.ColumnType;
import dev.mltest.data.ComparisonOperator;
import dev.mltest.generate.TableFacts.Comparison;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans the columns of {@code compareColumns}: the compared column is drawn after the column it is
 * compared with (its parent), bounded by the parent's value row by row; each parent is first
 * narrowed so that every value it can take leaves the compared column a valid value. A column is
 * compared with at most one parent, and comparisons form no cycle.
 */
final class ComparisonPlanner {
  private final ContractModel model;
  private final Map<String, ColumnFacts> facts;
  private final Map<String, Domain> domains;
  private final Map<String, Dependency> dependencies = new HashMap<>();

  ComparisonPlanner(
      ContractModel model, Map<String, ColumnFacts> facts, Map<String, Domain> domains) {
    this.model = model;
    this.facts = facts;
    this.domains = domains;
  }

  /** The planned dependencies, by compared column. */
  Map<String, Dependency> dependencies() {
    return dependencies;
  }

  void depend(Comparison c) {
    ColumnType left = forColumn(facts, c.left()).knownType();
    ColumnType right = forColumn(facts, c.right()).knownType();
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
    ColumnFacts f = forColumn(facts, child);
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

  int depth(String column) {
    int depth = 0;
    for (String c = column; dependencies.containsKey(c); c = dependencies.get(c).parent()) {
      depth++;
    }
    return depth;
  }

  /** Narrows each compared-with column so that every one of its values leaves the other a value. */
  void narrowComparedColumns() {
    List<String> children = new ArrayList<>(dependencies.keySet());
    children.sort((a, b) -> Integer.compare(depth(b), depth(a)));
    for (String child : children) {
      Dependency d = forColumn(dependencies, child);
      Domain c = forColumn(domains, child);
      Domain p = forColumn(domains, d.parent());
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
        sources.addAll(forColumn(facts, child).sources());
        sources.addAll(forColumn(facts, d.parent()).sources());
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

  private ContractException unsupported(List<String> sources, String why) {
    return new ContractException(
        "contract '%s' cannot be generated: %s: %s"
            .formatted(model.name(), String.join(", ", sources), why),
        sources);
  }
}
