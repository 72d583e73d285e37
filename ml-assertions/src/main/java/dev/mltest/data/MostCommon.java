package dev.mltest.data;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The most frequent values of a column.
 *
 * @param values the values that share the highest count (ties, in ascending order), at most the
 *     measure's limit; empty when the column has no non-null value
 * @param count how often each of them occurs
 * @param tied how many values share that count (may exceed {@code values.size()})
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MostCommon(List<Object> values, long count, long tied) {
  public MostCommon {
    values = List.copyOf(values);
  }
}
