package dev.mltest.benchmarks;

import dev.mltest.data.BoundTable;
import dev.mltest.data.DataBackend;
import dev.mltest.data.Dataset;
import dev.mltest.expect.Evaluator;
import dev.mltest.expect.ExpectationResult;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Validates the 15-expectation suite over a large file and reports the peak Java heap and the peak
 * resident set of the process. Run it with {@code -Xmx512m}: passing proves the data never enters
 * the heap.
 */
public final class MemoryBenchmark {
  private MemoryBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Options.parse(args);
    long rows = Long.parseLong(options.getOrDefault("rows", "10000000"));
    Path dir = Path.of(options.getOrDefault("dir", "target/bench-data"));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path[] files = SyntheticData.write(dir, rows);
    long maxHeap = Runtime.getRuntime().maxMemory();
    for (Path file : files) {
      resetPeaks();
      long start = System.nanoTime();
      try (DataBackend backend = DataBackend.duckDb();
          BoundTable table = backend.open(Dataset.file(file))) {
        List<ExpectationResult> results =
            Evaluator.evaluate(table, BenchmarkSuite.expectations(), false);
        if (results.stream().anyMatch(r -> r.status() == ExpectationResult.Status.ERROR)) {
          throw new IllegalStateException("benchmark suite has errors: " + results);
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf(
          Locale.ROOT,
          "| memory: validate %,d rows (%s) with -Xmx%dm: peak heap %.0f MiB, peak RSS %.0f MiB | %.3f | – | – | passes within the heap limit |%n",
          rows,
          file.getFileName().toString().endsWith(".csv") ? "csv" : "parquet",
          maxHeap / (1024 * 1024),
          peakHeap() / (1024.0 * 1024),
          peakRss() / 1024.0,
          seconds);
    }
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /** VmHWM of this process in KiB (Linux), or -1 where /proc is not available. */
  static long peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
