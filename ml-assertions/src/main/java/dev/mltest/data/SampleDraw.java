package dev.mltest.data;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A seeded sample for training, split into training and test rows, as every backend must draw it so
 * that the same data and seed give the same rows on every backend, machine and version.
 *
 * <p>Each row gets a number: its position in the file from 0, or, with a row key, the first 7 hex
 * digits of the MD5 of the key's text (a null key counts as the empty text). The number and the
 * seed give the row a rank key ({@link #key}, plain integer arithmetic modulo the prime 2³¹−1).
 * Rows with a null label are never drawn. Rows are ranked by rank key, ties by position, within
 * each label value when stratified, else over the whole table; the first {@code quota} rows of each
 * ranking are the sample, and the first {@code round(quota·testFraction)} of those are test rows.
 * Only rows whose rank key is below {@code keyBound} are ranked: a bound chosen so that every
 * stratum very probably keeps more rows than its quota selects the same rows as ranking all rows,
 * at a fraction of the cost; the caller checks the quotas were met and otherwise draws again with
 * {@link #NO_BOUND}.
 *
 * @param label the label column
 * @param numericLabel whether the label is a number (regression); else it is read as text
 * @param features the feature columns, in order
 * @param rowKey the column identifying rows, or {@code null} to number rows by position
 * @param stratified whether quotas apply per label value (keyed by the value's text) or to the
 *     whole table (keyed by {@code ""})
 * @param quotas rows drawn per stratum
 * @param keyBound only rows with a smaller rank key are ranked
 * @param testFraction the share of each stratum's rows held out for testing
 * @param seed the sampling seed
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SampleDraw(
    String label,
    boolean numericLabel,
    List<String> features,
    @Nullable String rowKey,
    boolean stratified,
    Map<String, Long> quotas,
    long keyBound,
    double testFraction,
    long seed) {

  /** The modulus of the rank key, 2³¹−1. */
  public static final long MODULUS = 2_147_483_647L;

  /** A key bound that keeps every row. */
  public static final long NO_BOUND = MODULUS;

  public SampleDraw {
    requireNonNull(label, "label");
    features = List.copyOf(features);
    quotas = Collections.unmodifiableMap(new LinkedHashMap<>(quotas));
  }

  /** The total number of rows to draw. */
  public long total() {
    return quotas.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * A row's rank key from its number and the seed: the definition every backend follows (DuckDB's
   * SQL is tested against it).
   */
  public static long key(long rowNumber, long seed) {
    long s = Math.floorMod(seed, MODULUS);
    long x = (rowNumber % MODULUS + s * 40_503L % MODULUS) % MODULUS;
    x = (x * 48_271L) % MODULUS;
    x = x ^ (x >> 13);
    x = (x * 69_621L + s) % MODULUS;
    x = x ^ (x >> 11);
    return (x * 48_271L) % MODULUS;
  }
}
