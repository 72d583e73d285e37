package dev.mltest.data;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One row of a {@link SampleDraw}.
 *
 * @param label the label: a {@link String} for a class, a {@link Double} for a number
 * @param stratum the label's text (its quota's key when the draw is stratified)
 * @param features the feature values in the draw's order: {@link String}, {@link Boolean} or {@link
 *     Double}, {@code null} for a missing value
 * @param test whether the row is held out for testing
 * @param key the row's identity: the row-key column's text, else its position in the file
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SampledRow(
    Object label, String stratum, List<@Nullable Object> features, boolean test, String key) {
  public SampledRow {
    requireNonNull(label, "label");
    requireNonNull(stratum, "stratum");
    features = Collections.unmodifiableList(features);
    requireNonNull(key, "key");
  }
}
