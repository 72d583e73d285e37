package dev.mltest.regression;

import dev.mltest.data.FileDataset;
import java.util.List;
import java.util.Map;
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
  private static final Map<String, String> CSV_OPTION_NAMES =
      Map.of(
          "delimiter", "delim",
          "header", "header",
          "quote", "quote",
          "escape", "escape",
          "nullString", "nullstr",
          "dateFormat", "dateformat",
          "timestampFormat", "timestampformat",
          "skipRows", "skip");

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
    String path = string(file.path().toAbsolutePath().toString());
    return switch (file.format()) {
      case PARQUET -> "read_parquet(" + path + ")";
      case JSON_LINES -> "read_json(" + path + ", format = 'newline_delimited')";
      case CSV -> {
        String options =
            file.options().entrySet().stream()
                .map(e -> ", " + CSV_OPTION_NAMES.get(e.getKey()) + " = " + csvOption(e))
                .collect(Collectors.joining());
        String skip = file.options().containsKey("skipRows") ? "" : ", skip = 0";
        String types =
            textColumn == null ? "" : ", types = {" + string(textColumn) + ": 'VARCHAR'}";
        yield "read_csv(" + path + options + skip + types + ")";
      }
    };
  }

  /**
   * The sampling query. Its columns: {@code __label}, the features in order, {@code __rn} and
   * {@code __test}; ordered by row number.
   */
  static String sql(
      FileDataset file,
      String label,
      @Nullable String textLabel,
      List<String> features,
      SampleDefinition definition,
      long seed) {
    String featureList =
        features.stream().map(SampleQuery::ident).map(f -> ", " + f).collect(Collectors.joining());
    String partition = definition.stratified() ? "PARTITION BY __label " : "";
    String quota;
    if (definition.size() != null) {
      quota =
          definition.stratified()
              ? "round(__n * %d / __total)".formatted(definition.size())
              : "least(%d, __total)".formatted(definition.size());
    } else {
      quota = "greatest(1, round(__n * %s))".formatted(Double.toString(definition.fraction()));
    }
    return """
        WITH src AS (
          SELECT %s AS __label%s, (row_number() OVER ()) - 1 AS __rn FROM %s
        ),
        keyed AS (SELECT *, %s AS __k FROM src WHERE __label IS NOT NULL),
        ranked AS (
          SELECT *,
            row_number() OVER (%sORDER BY __k, __rn) AS __pos,
            count(*) OVER (%s) AS __n,
            count(*) OVER () AS __total
          FROM keyed
        ),
        quota AS (SELECT *, %s AS __take FROM ranked)
        SELECT __label%s, __rn, __pos <= round(__take * %s) AS __test
        FROM quota WHERE __pos <= __take ORDER BY __rn
        """
        .formatted(
            ident(label),
            featureList,
            reader(file, textLabel),
            keySql("__rn", seed),
            partition,
            partition.trim(),
            quota,
            featureList,
            Double.toString(definition.testFraction()));
  }

  static String ident(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  static String string(String text) {
    return '\'' + text.replace("'", "''") + '\'';
  }

  private static String csvOption(Map.Entry<String, String> option) {
    return switch (option.getKey()) {
      case "header" -> Boolean.parseBoolean(option.getValue()) ? "true" : "false";
      case "skipRows" -> String.valueOf(Integer.parseInt(option.getValue().trim()));
      default -> string(option.getValue());
    };
  }
}
