package dev.mltest.data;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Asks a backend for examples of offending rows, grouped by value, most frequent first.
 *
 * @param where the expectation's row filter
 * @param offending the condition that selects offending rows
 * @param valueColumns the columns whose values identify an offending value; empty for the whole row
 * @param keyColumns columns that identify a row (a primary key); empty to use row numbers only
 * @param limit at most this many distinct values
 * @param duplicatesOf if not empty, only rows whose values in these columns occur more than once
 *     among rows satisfying {@code where} are offending; nulls compare equal, so a check that does
 *     not judge rows with null keys excludes them in {@code offending}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SampleRequest(
    RowCondition where,
    RowCondition offending,
    List<String> valueColumns,
    List<String> keyColumns,
    int limit,
    List<String> duplicatesOf) {
  public SampleRequest {
    valueColumns = List.copyOf(valueColumns);
    keyColumns = List.copyOf(keyColumns);
    duplicatesOf = List.copyOf(duplicatesOf);
  }

  /** A request for rows matching {@code offending}. */
  public SampleRequest(
      RowCondition where,
      RowCondition offending,
      List<String> valueColumns,
      List<String> keyColumns,
      int limit) {
    this(where, offending, valueColumns, keyColumns, limit, List.of());
  }
}
