package dev.mltest.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.BoundTable;
import dev.mltest.data.Column;
import dev.mltest.data.DataBackend;
import dev.mltest.data.InMemoryTable;
import dev.mltest.expect.Evaluator;
import dev.mltest.expect.ExpectationResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;

/**
 * Ready-made properties of preprocessing steps, to call inside a property. Each throws an {@link
 * AssertionFailedError} saying what was expected, what was found and where.
 *
 * <pre>{@code
 * @PropertyTest(contract = "payments.contract.yaml")
 * void scalingKeepsRowsAndAddsNoNaN(InMemoryTable input) {
 *   InMemoryTable output = scaler.transform(input);
 *   Invariants.rowCountPreserved(input, output);
 *   Invariants.noNaNIntroduced(input, output);
 *   Invariants.inverse(scaler::transform, scaler::inverse, input, 1e-9);
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Invariants {
  private Invariants() {}

  /** The output satisfies an output contract, judged by the suite evaluator. */
  public static void conformsTo(InMemoryTable output, Contract contract) {
    List<String> failures = new ArrayList<>();
    try (DataBackend backend = DataBackend.duckDb();
        BoundTable bound = backend.open(output)) {
      for (ExpectationResult r :
          Evaluator.evaluate(bound, contract.expectations(), contract.allowEmpty())) {
        if (r.failsTest() || r.status() == ExpectationResult.Status.ERROR) {
          failures.add(r.name() + ": " + r.message());
        }
      }
    }
    if (!failures.isEmpty()) {
      throw new AssertionFailedError(
          "output does not conform to contract '%s':%n  %s%n%s"
              .formatted(
                  contract.name(),
                  String.join("%n  ".formatted(), failures),
                  TableCsv.compact(output, 5)));
    }
  }

  /** The output has as many rows as the input. */
  public static void rowCountPreserved(InMemoryTable input, InMemoryTable output) {
    if (input.rows().size() != output.rows().size()) {
      throw new AssertionFailedError(
          "row count changed: %d rows in, %d rows out"
              .formatted(input.rows().size(), output.rows().size()),
          input.rows().size(),
          output.rows().size());
    }
  }

  /**
   * No NaN appears in the output where the input had none: in a column the input also has, the same
   * row of the input must hold NaN; in a new column, that input row must hold a NaN somewhere.
   */
  public static void noNaNIntroduced(InMemoryTable input, InMemoryTable output) {
    introduced(input, output, v -> v instanceof Double d && d.isNaN(), "NaN");
  }

  /** No null appears in the output where the input had none, by the same rule as for NaN. */
  public static void noNullIntroduced(InMemoryTable input, InMemoryTable output) {
    introduced(input, output, Objects::isNull, "null");
  }

  private static void introduced(
      InMemoryTable input,
      InMemoryTable output,
      java.util.function.Predicate<@Nullable Object> is,
      String what) {
    List<String> inNames = input.columns().stream().map(Column::name).toList();
    boolean aligned = input.rows().size() == output.rows().size();
    boolean anyInInput = input.rows().stream().anyMatch(r -> r.stream().anyMatch(is));
    List<Column> outColumns = output.columns();
    for (int i = 0; i < output.rows().size(); i++) {
      for (int j = 0; j < outColumns.size(); j++) {
        if (!is.test(output.rows().get(i).get(j))) {
          continue;
        }
        String column = outColumns.get(j).name();
        int k = inNames.indexOf(column);
        boolean explained;
        if (!aligned) {
          explained = anyInInput;
        } else if (k >= 0) {
          explained = is.test(input.rows().get(i).get(k));
        } else {
          explained = input.rows().get(i).stream().anyMatch(is);
        }
        if (!explained) {
          throw new AssertionFailedError(
              "%s introduced in row %d, column '%s'; input row: %s"
                  .formatted(
                      what,
                      i + 1,
                      column,
                      aligned ? PropertyRunner.row(input, i) : "(row counts differ)"));
        }
      }
    }
  }

  /** Running the step twice on the same input gives equal outputs. */
  public static <T, R> void deterministic(Function<T, R> step, T input) {
    R first = step.apply(input);
    R second = step.apply(input);
    difference(first, second, 0)
        .ifPresent(
            d -> {
              throw new AssertionFailedError(
                  "not deterministic: two runs on the same input differ: " + d, first, second);
            });
  }

  /** Applying the step to its own output changes nothing: {@code f(f(x)) = f(x)}. */
  public static <T> void idempotent(UnaryOperator<T> step, T input) {
    T once = step.apply(input);
    T twice = step.apply(once);
    difference(once, twice, 0)
        .ifPresent(
            d -> {
              throw new AssertionFailedError(
                  "not idempotent: applying the step again changed its output: " + d, once, twice);
            });
  }

  /**
   * {@code backward(forward(x))} gives back the input, numbers within a relative {@code tolerance}
   * (e.g. scaling then unscaling).
   */
  public static void inverse(
      UnaryOperator<InMemoryTable> forward,
      UnaryOperator<InMemoryTable> backward,
      InMemoryTable input,
      double tolerance) {
    InMemoryTable back = backward.apply(forward.apply(input));
    TableComparison.difference(input, back, tolerance)
        .ifPresent(
            d -> {
              throw new AssertionFailedError(
                  "the inverse does not give back the input: " + d,
                  TableCsv.render(input),
                  TableCsv.render(back));
            });
  }

  /**
   * The output does not depend on the order of input rows: the step on the reversed input gives the
   * same rows (in any order) as on the input, numbers within a relative {@code tolerance}.
   */
  public static void rowOrderInvariant(
      UnaryOperator<InMemoryTable> step, InMemoryTable input, double tolerance) {
    InMemoryTable straight = step.apply(input);
    List<List<@Nullable Object>> rows = new ArrayList<>(input.rows());
    Collections.reverse(rows);
    dev.mltest.data.InMemoryTable.Builder reversed = dev.mltest.data.Dataset.table(input.name());
    input.columns().forEach(c -> reversed.column(c.name(), c.type()));
    rows.forEach(r -> reversed.row(r.toArray()));
    InMemoryTable turned = step.apply(reversed.build());
    List<String> names = straight.columns().stream().map(Column::name).toList();
    Optional<String> d =
        TableComparison.rowsDifference(
            TableComparison.sorted(straight.rows()),
            TableComparison.sorted(turned.rows()),
            names,
            tolerance);
    d.ifPresent(
        text -> {
          throw new AssertionFailedError(
              "the output depends on the order of input rows (rows compared sorted): " + text,
              TableCsv.render(straight),
              TableCsv.render(turned));
        });
  }

  private static Optional<String> difference(
      @Nullable Object a, @Nullable Object b, double tolerance) {
    if (a instanceof InMemoryTable x && b instanceof InMemoryTable y) {
      return TableComparison.difference(x, y, tolerance);
    }
    return Objects.deepEquals(a, b) || TableComparison.same(a, b, tolerance)
        ? Optional.empty()
        : Optional.of("%s versus %s".formatted(a, b));
  }
}
