package dev.mltest.engine.execution;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The data-expectation failures of one run, by dataset file: suites record here, and later tests on
 * the same file (a regression test, say) are aborted with the reason instead of blaming the model.
 * Thread-safe; one per engine execution, shared by every copy of the execution context.
 */
final class DatasetFailures {
  private final Map<String, List<String>> failures = new ConcurrentHashMap<>();

  /** Records that a suite found a problem in a dataset file. */
  void record(Path dataset, String failure) {
    failures.computeIfAbsent(key(dataset), k -> new CopyOnWriteArrayList<>()).add(failure);
  }

  /** Why the dataset failed its suites so far, if it did: the failures joined, at most three. */
  Optional<String> failureOf(Path dataset) {
    List<String> found = failures.get(key(dataset));
    if (found == null || found.isEmpty()) {
      return Optional.empty();
    }
    String shown = String.join("; ", found.subList(0, Math.min(3, found.size())));
    return Optional.of(
        found.size() > 3 ? shown + "; and %d more".formatted(found.size() - 3) : shown);
  }

  /** Every failure so far, by dataset file ({@link #key}). */
  Map<String, List<String>> byDataset() {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    failures.forEach((dataset, found) -> copy.put(dataset, List.copyOf(found)));
    return copy;
  }

  /** The registry key: the file's absolute, normalized path. */
  static String key(Path dataset) {
    return dataset.toAbsolutePath().normalize().toString();
  }
}
