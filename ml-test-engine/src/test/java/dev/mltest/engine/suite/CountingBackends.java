package dev.mltest.engine.suite;

import dev.mltest.data.BoundTable;
import dev.mltest.data.DataBackend;
import dev.mltest.data.Dataset;
import dev.mltest.data.Measure;
import dev.mltest.data.Measurements;
import dev.mltest.data.NumericCounts;
import dev.mltest.data.SampleDraw;
import dev.mltest.data.SampleRequest;
import dev.mltest.data.SampledRow;
import dev.mltest.data.TableSchema;
import dev.mltest.data.ValueSample;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Real DuckDB backends that count what is done with them: backends started and closed, and per
 * dataset name how often it was opened, closed and read for drift (numeric counts, category
 * counts). Only counters are kept, never the backends or tables, so counting does not keep them
 * reachable.
 */
final class CountingBackends implements Supplier<DataBackend> {
  final AtomicInteger started = new AtomicInteger();
  final AtomicInteger closed = new AtomicInteger();
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

  @Override
  public DataBackend get() {
    started.incrementAndGet();
    DataBackend real = DataBackend.duckDb();
    return new DataBackend() {
      @Override
      public BoundTable open(Dataset dataset) {
        count("open", dataset);
        return new CountingTable(real.open(dataset));
      }

      @Override
      public void close() {
        closed.incrementAndGet();
        real.close();
      }
    };
  }

  /** How often {@code what} happened to the dataset named {@code name} (a file name). */
  int count(String what, String name) {
    AtomicInteger count = counts.get(what + " " + name);
    return count == null ? 0 : count.get();
  }

  /** Every counter, for failure messages. */
  Map<String, Integer> all() {
    Map<String, Integer> copy = new java.util.TreeMap<>();
    counts.forEach((k, v) -> copy.put(k, v.get()));
    copy.put("backends started", started.get());
    copy.put("backends closed", closed.get());
    return copy;
  }

  private void count(String what, Dataset dataset) {
    counts.computeIfAbsent(what + " " + dataset.name(), k -> new AtomicInteger()).incrementAndGet();
  }

  private final class CountingTable implements BoundTable {
    private final BoundTable real;

    CountingTable(BoundTable real) {
      this.real = real;
    }

    @Override
    public Dataset dataset() {
      return real.dataset();
    }

    @Override
    public TableSchema schema() {
      return real.schema();
    }

    @Override
    public Measurements measure(Collection<? extends Measure> measures) {
      return real.measure(measures);
    }

    @Override
    public List<ValueSample> sample(SampleRequest request) {
      return real.sample(request);
    }

    @Override
    public NumericCounts numericCounts(List<String> columns) {
      count("numericCounts", real.dataset());
      return real.numericCounts(columns);
    }

    @Override
    public Map<String, Map<String, Long>> categoryCounts(List<String> columns) {
      count("categoryCounts", real.dataset());
      return real.categoryCounts(columns);
    }

    @Override
    public Map<String, Long> labelCounts(String label, boolean byValue) {
      return real.labelCounts(label, byValue);
    }

    @Override
    public void drawSample(SampleDraw draw, Consumer<SampledRow> rows) {
      real.drawSample(draw, rows);
    }

    @Override
    public void close() {
      count("close", real.dataset());
      real.close();
    }
  }
}
