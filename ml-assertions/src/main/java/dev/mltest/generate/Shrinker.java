package dev.mltest.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.InMemoryTable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reduces a failing table to a small one that still fails, within a time limit: first fewer rows
 * (halves, then quarters, down to single rows), then fewer distinct values per column, then simpler
 * values (toward zero, short strings, the first category). Every kept change makes the table
 * strictly simpler, so shrinking ends even without the limit.
 *
 * <pre>{@code
 * Shrinker.Shrunk shrunk = Shrinker.within(Duration.ofSeconds(5)).shrink(table, t -> fails(t));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Shrinker {
  private static final LocalDate SIMPLE_DATE = LocalDate.of(2000, 1, 1);

  private final Duration budget;
  private final BiFunction<String, Object, List<Object>> candidates;

  private Shrinker(Duration budget, BiFunction<String, Object, List<Object>> candidates) {
    this.budget = budget;
    this.candidates = candidates;
  }

  /** A shrinker that stops after {@code budget}, keeping the smallest table found by then. */
  public static Shrinker within(Duration budget) {
    return new Shrinker(budget, (column, value) -> List.of());
  }

  /** The same shrinker, also trying a contract's simpler values for each column. */
  Shrinker withCandidates(BiFunction<String, Object, List<Object>> columnCandidates) {
    return new Shrinker(budget, columnCandidates);
  }

  /**
   * Shrinks a table.
   *
   * @param failing a table on which {@code fails} holds
   * @param fails whether a candidate still fails (the same way, and within the domain the original
   *     came from)
   */
  public Shrunk shrink(InMemoryTable failing, Predicate<InMemoryTable> fails) {
    return new Run(failing, fails, System.nanoTime() + budget.toNanos()).shrink();
  }

  /**
   * The result of shrinking.
   *
   * @param table the smallest failing table found
   * @param steps how many simplifications were kept
   * @param timedOut whether the time limit ended shrinking early
   */
  public record Shrunk(InMemoryTable table, int steps, boolean timedOut) {}

  private final class Run {
    private final Predicate<InMemoryTable> fails;
    private final long deadline;
    private final String name;
    private TableDraft best;
    private int steps;
    private boolean timedOut;

    Run(InMemoryTable failing, Predicate<InMemoryTable> fails, long deadline) {
      this.fails = fails;
      this.deadline = deadline;
      this.name = failing.name();
      this.best = TableDraft.of(failing);
    }

    Shrunk shrink() {
      boolean progress = true;
      while (progress && !timedOut) {
        progress = fewerRows();
        progress |= fewerDistinctValues();
        progress |= simplerValues();
      }
      return new Shrunk(best.toTable(name), steps, timedOut);
    }

    private boolean attempt(TableDraft candidate) {
      if (System.nanoTime() > deadline) {
        timedOut = true;
        return false;
      }
      if (fails.test(candidate.toTable(name))) {
        best = candidate;
        steps++;
        return true;
      }
      return false;
    }

    private boolean fewerRows() {
      boolean any = false;
      if (best.size() > 0 && attempt(withRows(List.of()))) {
        return true;
      }
      for (int chunk = Math.max(1, best.size() / 2); chunk >= 1 && !timedOut; chunk /= 2) {
        int start = 0;
        while (start < best.size() && !timedOut) {
          List<List<@Nullable Object>> kept = new ArrayList<>();
          for (int i = 0; i < best.size(); i++) {
            if (i < start || i >= start + chunk) {
              kept.add(best.row(i));
            }
          }
          if (kept.size() < best.size() && attempt(withRows(kept))) {
            any = true;
          } else {
            start += chunk;
          }
        }
        if (chunk == 1) {
          break;
        }
      }
      return any;
    }

    /** Replaces every occurrence of a rare value with the column's most common one. */
    private boolean fewerDistinctValues() {
      boolean any = false;
      for (String column : List.copyOf(best.names())) {
        Map<ValueKey, Integer> counts = new LinkedHashMap<>();
        Map<ValueKey, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < best.size(); i++) {
          Object v = best.get(i, column);
          if (v != null) {
            counts.merge(ValueKey.of(v), 1, Integer::sum);
            values.putIfAbsent(ValueKey.of(v), v);
          }
        }
        if (counts.size() < 2) {
          continue;
        }
        ValueKey common =
            counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        for (ValueKey rare : List.copyOf(counts.keySet())) {
          if (timedOut || rare.equals(common)) {
            continue;
          }
          TableDraft candidate = copy();
          for (int i = 0; i < candidate.size(); i++) {
            if (ValueKey.of(candidate.get(i, column)).equals(rare)) {
              candidate.set(i, column, values.get(common));
            }
          }
          any |= attempt(candidate);
        }
      }
      return any;
    }

    private boolean simplerValues() {
      boolean any = false;
      for (int row = 0; row < best.size() && !timedOut; row++) {
        for (String column : List.copyOf(best.names())) {
          Object value = best.get(row, column);
          if (value == null) {
            continue;
          }
          double score = Simplicity.score(value);
          // The contract's candidates follow its own order (an earlier category, a value nearer
          // the simplest); generic ones must lower the score, which keeps shrinking finite.
          List<Object> ordered = candidates.apply(column, value);
          List<Object> options = new ArrayList<>(ordered);
          options.addAll(generic(value));
          for (int k = 0; k < options.size(); k++) {
            Object option = options.get(k);
            boolean simpler = k < ordered.size() || Simplicity.score(option) < score;
            if (timedOut
                || !simpler
                || option.getClass() != value.getClass()
                || option.equals(value)) {
              continue;
            }
            TableDraft candidate = copy();
            candidate.set(row, column, option);
            if (attempt(candidate)) {
              any = true;
              break;
            }
          }
        }
      }
      return any;
    }

    private TableDraft withRows(List<List<@Nullable Object>> rows) {
      List<dev.mltest.data.ColumnType> types = new ArrayList<>();
      best.names().forEach(n -> types.add(best.type(n)));
      return new TableDraft(best.names(), types, rows);
    }

    private TableDraft copy() {
      List<List<@Nullable Object>> rows = new ArrayList<>();
      for (int i = 0; i < best.size(); i++) {
        rows.add(best.row(i));
      }
      return withRows(rows);
    }
  }

  /** Simpler values of the same type, whatever the contract: zero, halves, shorter strings. */
  static List<Object> generic(Object value) {
    List<Object> out = new ArrayList<>();
    if (value instanceof Double d) {
      out.addAll(List.of(0.0, 1.0, -1.0, 2.0, -2.0));
      if (!d.isNaN() && !d.isInfinite()) {
        out.add(Math.rint(d));
        out.add(Math.round(d * 10) / 10.0);
        out.add(Math.round(d * 100) / 100.0);
        out.add(d / 2);
        out.add(Math.abs(d));
      }
    } else if (value instanceof Long l) {
      // Small numbers first: a unique column then settles on 0, 1, -1, 2... in one step per cell.
      for (long k = 0; k <= 8; k++) {
        out.add(k);
        out.add(-k);
      }
      out.addAll(List.of(l / 10, l / 2, l - Long.signum(l), Math.abs(l == Long.MIN_VALUE ? 0 : l)));
    } else if (value instanceof String s) {
      out.add("");
      out.add("a");
      if (!s.isEmpty()) {
        out.add(s.substring(0, s.length() / 2));
        out.add(s.substring(0, s.length() - 1));
        out.add(s.substring(1));
        out.add(s.replaceAll("[^a-z0-9]", "a"));
      }
    } else if (value instanceof Boolean) {
      out.add(false);
    } else if (value instanceof LocalDate d) {
      out.add(SIMPLE_DATE);
      out.add(LocalDate.ofEpochDay((d.toEpochDay() + SIMPLE_DATE.toEpochDay()) / 2));
    } else if (value instanceof LocalDateTime t) {
      out.add(SIMPLE_DATE.atStartOfDay());
      out.add(t.toLocalDate().atStartOfDay());
    }
    return out;
  }
}
