package dev.mltest.regression;

import dev.mltest.data.DuckDbReader;
import dev.mltest.data.FileDataset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The DuckDB SQL that draws a seeded sample and splits it into training and test rows.
 *
 * <p>Each row's number in the file ({@code __rn}, from 0) gets a key computed by {@link #key(long,
 * long)} from the row number and the seed; rows are ranked by key (ties by row number) within each
 * label value when stratified, else over the whole table. The first {@code quota} rows of each rank
 * order are the sample, and the first {@code round(quota·testFraction)} of those are the test rows.
 * The key is plain integer arithmetic modulo the prime 2³¹−1, so the same data and seed select the
 * same rows on every machine and every DuckDB version; rows with a null label are never sampled.
 */
final class SampleQuery {
  private static final long P = 2_147_483_647L;

  /**
   * A row key's stand-in for the row number: the first 7 hex digits of the MD5 of the key's text (a
   * null key counts as the empty text), so that the same key gives the same number everywhere.
   */
  static final String KEY_HASH = "CAST(('0x' || substr(md5(coalesce(__id, '')), 1, 7)) AS BIGINT)";

  private SampleQuery() {}

  /** The Java twin of the SQL key, used by tests and documentation. */
  static long key(long rowNumber, long seed) {
    long s = Math.floorMod(seed, P);
    long x = (rowNumber % P + s * 40_503L % P) % P;
    x = (x * 48_271L) % P;
    x = x ^ (x >> 13);
    x = (x * 69_621L + s) % P;
    x = x ^ (x >> 11);
    return (x * 48_271L) % P;
  }

  static String keySql(String rowNumber, long seed) {
    long s = Math.floorMod(seed, P);
    String x = "((%s %% %d + %d) %% %d)".formatted(rowNumber, P, s * 40_503L % P, P);
    x = "((%s * 48271) %% %d)".formatted(x, P);
    x = "xor(%s, (%s >> 13))".formatted(x, x);
    x = "((%s * 69621 + %d) %% %d)".formatted(x, s, P);
    x = "xor(%s, (%s >> 11))".formatted(x, x);
    return "((%s * 48271) %% %d)".formatted(x, P);
  }

  /**
   * The table function that reads the file, with its reader options.
   *
   * @param textColumn a CSV column to read as text whatever it looks like (a classification label:
   *     {@code yes}/{@code no} must stay classes, not become booleans), or {@code null}
   */
  static String reader(FileDataset file, @Nullable String textColumn) {
    return DuckDbReader.tableFunction(file, textColumn);
  }

  /**
   * How many rows each stratum (each label value, or the whole table under the key {@code ""})
   * contributes to the sample: {@code max(1, round(n·fraction))}, or for a sample size {@code
   * round(n·size/total)} per stratum ({@code min(size, total)} unstratified).
   */
  static Map<String, Long> quotas(Map<String, Long> counts, SampleDefinition definition) {
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Long> quotas = new java.util.LinkedHashMap<>();
    counts.forEach(
        (stratum, n) -> {
          long take;
          if (definition.size() != null) {
            take =
                definition.stratified()
                    ? Math.round((double) (n * definition.size()) / total)
                    : Math.min(definition.size(), total);
          } else {
            // A definition without a size has a fraction (TrainingSpec sets one or the other).
            take =
                Math.max(
                    1, Math.round(n * Objects.requireNonNull(definition.fraction(), "fraction")));
          }
          quotas.put(stratum, Math.min(take, n));
        });
    return quotas;
  }

  /**
   * A key bound below which every stratum very probably has more rows than its quota (keys are
   * close to uniform on [0, 2³¹−1)): ranking only those rows selects the same rows as ranking all
   * of them, at a fraction of the cost. The caller checks the quotas were met and otherwise repeats
   * with {@link #NO_BOUND}.
   */
  static long keyBound(Map<String, Long> counts, Map<String, Long> quotas) {
    double rate = 0;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      long take = Objects.requireNonNull(quotas.get(e.getKey()), "quotas has every stratum");
      rate = Math.max(rate, (take + 10 + 4 * Math.sqrt(take)) / e.getValue());
    }
    return rate >= 1 ? NO_BOUND : (long) Math.ceil(rate * P);
  }

  /** A key bound that keeps every row. */
  static final long NO_BOUND = P;

  /** Counts the rows with a label, per label value when stratified (else under {@code ""}). */
  static String countSql(
      FileDataset file, String label, @Nullable String textLabel, boolean stratified) {
    String group = stratified ? "CAST(%s AS VARCHAR)".formatted(ident(label)) : "''";
    return "SELECT %s AS __stratum, count(*) FROM %s WHERE %s IS NOT NULL GROUP BY ALL"
        .formatted(group, reader(file, textLabel), ident(label));
  }

  /**
   * The sampling query. Its columns: {@code __label}, the features in order, {@code __rn} and
   * {@code __test}; ordered by row number.
   *
   * @param quotas rows per stratum, from {@link #quotas}
   * @param keyBound only rows with a smaller key are ranked ({@link #keyBound})
   */
  static String sql(
      FileDataset file,
      String label,
      @Nullable String textLabel,
      List<String> features,
      SampleDefinition definition,
      long seed,
      Map<String, Long> quotas,
      long keyBound) {
    String rowKey = definition.rowKey();
    String featureList =
        features.stream().map(SampleQuery::ident).map(f -> ", " + f).collect(Collectors.joining());
    String take;
    if (definition.stratified()) {
      take =
          quotas.entrySet().stream()
              .map(e -> " WHEN %s THEN %d".formatted(string(e.getKey()), e.getValue()))
              .collect(Collectors.joining("", "CASE CAST(__label AS VARCHAR)", " ELSE 0 END"));
    } else {
      take = Long.toString(quotas.values().stream().mapToLong(Long::longValue).sum());
    }
    String partition = definition.stratified() ? "PARTITION BY __label " : "";
    return """
        WITH src AS (
          SELECT %s AS __label%s, (row_number() OVER ()) - 1 AS __rn, %s AS __id FROM %s
        ),
        keyed AS (SELECT *, %s AS __k FROM src WHERE __label IS NOT NULL),
        ranked AS (
          SELECT *, row_number() OVER (%sORDER BY __k, __rn) AS __pos, %s AS __take
          FROM keyed WHERE __k < %d
        )
        SELECT __label%s, __rn, __pos <= round(__take * %s) AS __test, __id
        FROM ranked WHERE __pos <= __take ORDER BY __rn
        """
        .formatted(
            ident(label),
            featureList,
            rowKey == null
                ? "CAST((row_number() OVER ()) - 1 AS VARCHAR)"
                : "CAST(%s AS VARCHAR)".formatted(ident(rowKey)),
            reader(file, textLabel),
            keySql(rowKey == null ? "__rn" : KEY_HASH, seed),
            partition,
            take,
            keyBound,
            featureList,
            Double.toString(definition.testFraction()));
  }

  static String ident(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  static String string(String text) {
    return '\'' + text.replace("'", "''") + '\'';
  }
}
