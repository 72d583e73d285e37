package dev.mltest.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.InMemoryTable;
import org.apiguardian.api.API;

/**
 * A property of preprocessing code, checked on one generated table: it runs the code and throws (an
 * {@link AssertionError}, or whatever the code throws) when the property does not hold. An {@code
 * org.opentest4j.TestAbortedException} (a failed assumption) discards the table.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface TableProperty {
  /** Checks the property on a table; returns normally if it holds. */
  void check(InMemoryTable table) throws Throwable;
}
