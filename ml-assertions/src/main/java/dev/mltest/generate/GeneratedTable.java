package dev.mltest.generate;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.InMemoryTable;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A table generated from a contract, with how it was made.
 *
 * @param table the table
 * @param origin what kind of table it is: {@code random}, or the edge case, e.g. {@code edge case:
 *     empty table}
 * @param breaks the name of the expectation the table was made to break, {@code allowEmpty} for an
 *     empty table the contract does not allow, or null for a valid table
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record GeneratedTable(InMemoryTable table, String origin, @Nullable String breaks) {
  public GeneratedTable {
    requireNonNull(table, "table");
    requireNonNull(origin, "origin");
  }

  /** Whether the table satisfies the contract it was generated from. */
  public boolean isValid() {
    return breaks == null;
  }

  /** The expectation the table breaks, if it is an invalid table. */
  public Optional<String> broken() {
    return Optional.ofNullable(breaks);
  }
}
