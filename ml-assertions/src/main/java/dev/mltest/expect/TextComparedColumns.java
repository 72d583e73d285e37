package dev.mltest.expect;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.mltest.data.BoundTable;
import dev.mltest.data.ColumnType;
import dev.mltest.data.DataBackend;
import dev.mltest.data.Dataset;
import dev.mltest.data.FileDataset;
import dev.mltest.data.FileFormat;
import dev.mltest.data.TableSchema;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Opens a dataset for a list of expectations so that text checks see the text that is in the file.
 *
 * <p>DuckDB's CSV sniffer reads a column holding only {@code yes}/{@code no} (or {@code
 * true}/{@code false}, {@code y}/{@code n}, in any case) as BOOLEAN. A suite that writes {@code
 * inSet: [yes, no]} or a {@code matchesRegex} on such a column means the words in the file, not
 * truth values: judged on booleans, {@code Yes} and {@code true} would pass as {@code yes}. So a
 * CSV column that was <em>sniffed</em> as BOOLEAN and that an expectation compares with text is
 * read as VARCHAR instead. A type the suite sets itself ({@code options: {types: {flag: BOOLEAN}}})
 * is never changed, which is also how a suite keeps such a column boolean.
 *
 * <pre>{@code
 * try (DataBackend backend = DataBackend.duckDb();
 *     BoundTable table = TextComparedColumns.open(backend, dataset, specs)) {
 *   List<ExpectationResult> results = Evaluator.evaluate(table, specs, false);
 * }
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class TextComparedColumns {
  private TextComparedColumns() {}

  /**
   * Opens the dataset, reading as VARCHAR every sniffed-BOOLEAN CSV column that one of the specs
   * compares with text.
   */
  public static BoundTable open(
      DataBackend backend, Dataset dataset, Collection<ExpectationSpec> specs) {
    BoundTable table = backend.open(dataset);
    if (!(dataset instanceof FileDataset file) || file.format() != FileFormat.CSV) {
      return table;
    }
    Map<String, String> asText = new LinkedHashMap<>();
    for (String column : textColumns(specs)) {
      if (!file.types().containsKey(column) && isBoolean(table.schema(), column)) {
        asText.put(column, "VARCHAR");
      }
    }
    if (asText.isEmpty()) {
      return table;
    }
    // Only the schema was read so far: opening the file again costs one more sniff, no scan.
    table.close();
    return backend.open(file.withTypes(asText));
  }

  private static boolean isBoolean(TableSchema schema, String column) {
    return schema.column(column).map(c -> c.type() == ColumnType.BOOLEAN).orElse(false);
  }

  /** The columns that some spec matches against a pattern or compares with a text value. */
  static List<String> textColumns(Collection<ExpectationSpec> specs) {
    return specs.stream()
        .filter(spec -> spec.columns().size() == 1 && comparesWithText(spec))
        .map(spec -> spec.columns().get(0))
        .distinct()
        .toList();
  }

  private static boolean comparesWithText(ExpectationSpec spec) {
    for (ParameterSpec p : spec.type().parameters()) {
      Object value = spec.parameters().get(p.name());
      boolean text =
          switch (p.type()) {
            case REGEX -> value != null;
            case VALUE -> value instanceof String;
            case VALUE_LIST ->
                value instanceof List<?> l && l.stream().anyMatch(String.class::isInstance);
            default -> false;
          };
      if (text) {
        return true;
      }
    }
    return false;
  }
}
