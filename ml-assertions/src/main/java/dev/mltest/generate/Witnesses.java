package dev.mltest.generate;

import dev.mltest.generate.ColumnFacts.Limit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What {@code minBetween} and {@code maxBetween} need beyond bounds: some value at or beyond the
 * other edge (a witness). Two witnesses that one value can satisfy merge into one, so that a single
 * row can meet both.
 */
final class Witnesses {
  private final ContractModel model;

  Witnesses(ContractModel model) {
    this.model = model;
  }

  /** What {@code minBetween}/{@code maxBetween} need beyond bounds: some value near the edge. */
  List<Witness> of(ColumnFacts f, Domain domain) {
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
                                  dev.mltest.text.Formats.value(atMost.value()))));
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
                                  dev.mltest.text.Formats.value(atLeast.value()))));
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

  private static @Nullable Limit tightest(List<Limit> limits, boolean smallest) {
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
        TypeInference.bound(limit.value(), f.knownType())
            .orElseThrow(
                () ->
                    conflict(
                        f,
                        "bound %s of %s is not a %s value"
                            .formatted(limit.value(), limit.source(), f.knownType().key())));
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

  private ContractException conflict(ColumnFacts f, String why) {
    return new ContractException(
        "contract '%s' is unsatisfiable: column '%s': %s".formatted(model.name(), f.name, why),
        f.sources());
  }
}
