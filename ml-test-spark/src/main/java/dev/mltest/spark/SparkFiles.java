package dev.mltest.spark;

import dev.mltest.data.BoundTable;
import dev.mltest.data.CatalogTable;
import dev.mltest.data.Column;
import dev.mltest.data.ColumnType;
import dev.mltest.data.CsvDialect;
import dev.mltest.data.DataAccessException;
import dev.mltest.data.DataBackend;
import dev.mltest.data.DuckDbReader;
import dev.mltest.data.FileDataset;
import dev.mltest.data.FileFormat;
import dev.mltest.data.HadoopDataset;
import dev.mltest.data.InMemoryTable;
import dev.mltest.data.TableSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Reads dataset files with Spark. A local file is first opened by DuckDB, which checks it (the same
 * errors as on the DuckDB backend: missing, empty, not UTF-8, ragged lines) and detects the CSV
 * dialect and column types; Spark then reads it with exactly those types, so both backends see the
 * same table. A Hadoop path ({@code s3a://...}, a {@link HadoopDataset}) is read by Spark alone,
 * with Spark's inference.
 */
final class SparkFiles {
  private static final java.util.regex.Pattern URI =
      java.util.regex.Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]+):/+(.*)$");

  private SparkFiles() {}

  static org.apache.spark.sql.Dataset<Row> read(SparkSession spark, FileDataset file) {
    String hadoopPath = hadoopPath(file);
    if (hadoopPath != null) {
      return remote(spark, file.format(), file.options(), file.types(), hadoopPath);
    }
    String path = file.path().toAbsolutePath().toString();
    if (file.format() == FileFormat.CSV) {
      // One sniff gives DuckDB's checks, its types and the dialect Spark is told to read.
      DuckDbReader.CheckedCsv checked = DuckDbReader.checkedCsv(file);
      return spark(() -> csv(spark, file, checked.schema(), checked.dialect(), path), file, path);
    }
    TableSchema duckSchema;
    try (DataBackend duck = DataBackend.duckDb();
        BoundTable table = duck.open(file)) {
      duckSchema = table.schema();
    }
    return spark(
        () ->
            file.format() == FileFormat.PARQUET
                ? spark.read().parquet(path)
                : spark
                    .read()
                    .schema(structOf(duckSchema, false))
                    .option("mode", "FAILFAST")
                    .json(path),
        file,
        path);
  }

  /** Spark's read of a local file, its failures named as the Spark backend's. */
  private static org.apache.spark.sql.Dataset<Row> spark(
      Supplier<org.apache.spark.sql.Dataset<Row>> read, FileDataset file, String path) {
    try {
      return read.get();
    } catch (DataAccessException e) {
      throw e;
    } catch (Exception e) {
      throw new DataAccessException(
          "the Spark backend cannot read %s file %s: %s"
              .formatted(file.format().key(), path, SparkMessages.concise(e)),
          e);
    }
  }

  /**
   * A table the session's catalog knows ({@code spark.table}). The name was checked by {@link
   * CatalogTable} to be plain identifiers joined by dots, so Spark parses it as a name and nothing
   * else; a table the catalog lacks becomes a message naming it.
   */
  static org.apache.spark.sql.Dataset<Row> table(SparkSession spark, CatalogTable table) {
    try {
      return spark.table(table.qualifiedName());
    } catch (Exception e) {
      throw new DataAccessException(
          "the Spark backend cannot read catalog table %s: %s"
              .formatted(table.qualifiedName(), SparkMessages.concise(e)),
          e);
    }
  }

  /** {@code s3a://bucket/key} for a path written as a URI (a Path keeps one slash of two). */
  private static @Nullable String hadoopPath(FileDataset file) {
    Matcher m = URI.matcher(file.path().toString());
    if (!m.matches() || m.group(1).length() < 2) {
      return null;
    }
    String scheme = m.group(1).toLowerCase(Locale.ROOT);
    return scheme.equals("file") ? null : scheme + "://" + m.group(2);
  }

  /**
   * Files at a Hadoop URI, read by Spark alone (there is no local file for DuckDB to check first).
   * The URI was checked against the run's allowed locations and has no glob character, so Spark
   * reads exactly the file or folder it names.
   */
  static org.apache.spark.sql.Dataset<Row> read(SparkSession spark, HadoopDataset dataset) {
    try {
      return remote(spark, dataset.format(), dataset.options(), dataset.types(), dataset.uri());
    } catch (DataAccessException e) {
      throw e;
    } catch (Exception e) {
      throw new DataAccessException(
          "the Spark backend cannot read %s dataset %s: %s"
              .formatted(dataset.format().key(), dataset.uri(), SparkMessages.concise(e)),
          e);
    }
  }

  /**
   * Parquet with its own schema; JSON lines with Spark's inference; CSV with a header line and
   * Spark's inference ({@code inferSchema}), except for the columns {@code types} names, which are
   * read as those types. A value that does not fit its type fails the read ({@code FAILFAST}).
   */
  private static org.apache.spark.sql.Dataset<Row> remote(
      SparkSession spark,
      FileFormat format,
      Map<String, String> options,
      Map<String, String> types,
      String path) {
    DataFrameReader reader = spark.read().option("mode", "FAILFAST");
    return switch (format) {
      case PARQUET -> reader.parquet(path);
      case JSON_LINES -> reader.json(path);
      case CSV -> {
        reader = reader.option("header", "true").option("escape", "\"");
        for (Map.Entry<String, String> o : sparkCsvOptions(options).entrySet()) {
          reader = reader.option(o.getKey(), o.getValue());
        }
        if (types.isEmpty()) {
          yield reader.option("inferSchema", "true").csv(path);
        }
        StructType inferred = reader.option("inferSchema", "true").csv(path).schema();
        yield reader
            .option("inferSchema", "false")
            .schema(withTypes(inferred, types, path))
            .csv(path);
      }
    };
  }

  /** The inferred schema with the given columns' types in place of Spark's guesses. */
  private static StructType withTypes(StructType inferred, Map<String, String> types, String path) {
    Map<String, String> left = new java.util.LinkedHashMap<>(types);
    List<StructField> fields = new ArrayList<>();
    for (StructField f : inferred.fields()) {
      String type = left.remove(f.name());
      fields.add(type == null ? f : DataTypes.createStructField(f.name(), sparkType(type), true));
    }
    if (!left.isEmpty()) {
      throw new DataAccessException(
          "'types' names %s, which the CSV header of %s does not have; its columns: %s"
              .formatted(left.keySet(), path, List.of(inferred.fieldNames())));
    }
    return DataTypes.createStructType(fields);
  }

  private static org.apache.spark.sql.Dataset<Row> csv(
      SparkSession spark,
      FileDataset file,
      TableSchema duckSchema,
      CsvDialect dialect,
      String path) {
    if (dialect.skipRows() > 0) {
      throw new DataAccessException(
          "the Spark backend cannot skip the %d lines before the header of %s; remove them from the file or use the duckdb backend"
              .formatted(dialect.skipRows(), file.path()));
    }
    DataFrameReader reader =
        spark
            .read()
            .schema(structOf(duckSchema, true))
            .option("mode", "FAILFAST")
            .option("header", String.valueOf(dialect.header()))
            .option("sep", dialect.delimiter())
            .option("quote", dialect.quote().isEmpty() ? "\u0000" : dialect.quote())
            .option("escape", dialect.escape().isEmpty() ? "\u0000" : dialect.escape())
            .option("nullValue", file.options().getOrDefault("nullString", ""));
    if (!dialect.comment().isEmpty()) {
      reader = reader.option("comment", dialect.comment());
    }
    if (dialect.dateFormat() != null) {
      reader = reader.option("dateFormat", javaPattern(dialect.dateFormat()));
    }
    if (dialect.timestampFormat() != null) {
      String pattern = javaPattern(dialect.timestampFormat());
      reader = reader.option("timestampFormat", pattern).option("timestampNTZFormat", pattern);
    }
    String encoding = file.options().get("encoding");
    String charset = encoding == null ? "UTF-8" : sparkEncoding(encoding);
    if (encoding != null) {
      reader = reader.option("encoding", charset);
    }
    if (QuotedLineBreaks.in(file.path(), dialect, charset)) {
      reader = reader.option("multiLine", "true");
      // Told no line separator, Spark detects it and then reads a quoted CRLF of a CRLF file (a
      // quoted CR of a CR file) as LF, where DuckDB keeps the value as written.
      String lineEnd = QuotedLineBreaks.lineEnd(file.path(), dialect, charset);
      if (lineEnd != null) {
        reader = reader.option("lineSep", lineEnd);
      }
    }
    return booleansFromText(reader.csv(path), duckSchema);
  }

  /**
   * DuckDB reads {@code yes}/{@code no}, {@code t}/{@code f} and {@code 1}/{@code 0} as booleans,
   * Spark's CSV reader only {@code true}/{@code false}: boolean columns are read as text and
   * converted here, and any other text fails the read as it does on DuckDB.
   */
  private static org.apache.spark.sql.Dataset<Row> booleansFromText(
      org.apache.spark.sql.Dataset<Row> frame, TableSchema duckSchema) {
    List<org.apache.spark.sql.Column> columns = new ArrayList<>();
    boolean any = false;
    for (Column c : duckSchema.columns()) {
      org.apache.spark.sql.Column column = frame.col(SparkSql.SQL.ident(c.name()));
      if (c.type() == ColumnType.BOOLEAN) {
        any = true;
        String v = "lower(trim(" + SparkSql.SQL.ident(c.name()) + "))";
        column =
            org.apache
                .spark
                .sql
                .functions
                .expr(
                    "CASE WHEN %1$s IS NULL THEN NULL WHEN %1$s IN ('true', 't', 'yes', 'y', '1')"
                            .formatted(v)
                        + " THEN TRUE WHEN %1$s IN ('false', 'f', 'no', 'n', '0') THEN FALSE"
                            .formatted(v)
                        + " ELSE raise_error(concat('cannot read ', %s, ' as a boolean in column ', %s)) END"
                            .formatted(SparkSql.SQL.ident(c.name()), SparkSql.SQL.string(c.name())))
                .as(c.name());
      }
      columns.add(column);
    }
    return any ? frame.select(columns.toArray(org.apache.spark.sql.Column[]::new)) : frame;
  }

  private static Map<String, String> sparkCsvOptions(Map<String, String> given) {
    Map<String, String> options = new HashMap<>();
    given.forEach(
        (k, v) -> {
          switch (k) {
            case "delimiter" -> options.put("sep", v);
            case "header" -> options.put("header", v);
            case "quote", "escape", "dateFormat", "timestampFormat" -> options.put(k, v);
            case "nullString" -> options.put("nullValue", v);
            case "encoding" -> options.put("encoding", sparkEncoding(v));
            default ->
                throw new DataAccessException(
                    "the Spark backend does not support the CSV option '%s'".formatted(k));
          }
        });
    return options;
  }

  private static String sparkEncoding(String encoding) {
    return switch (encoding.trim().toLowerCase(Locale.ROOT)) {
      case "latin-1" -> "ISO-8859-1";
      case "utf-16" -> "UTF-16";
      default -> "UTF-8";
    };
  }

  /** A DuckDB strftime pattern ({@code %d/%m/%Y}) as a Spark datetime pattern. */
  static String javaPattern(String strftime) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < strftime.length(); i++) {
      char c = strftime.charAt(i);
      if (c != '%' || i + 1 == strftime.length()) {
        if (Character.isLetter(c) || c == '\'') {
          out.append('\'').append(c == '\'' ? "''" : String.valueOf(c)).append('\'');
        } else {
          out.append(c);
        }
        continue;
      }
      char spec = strftime.charAt(++i);
      out.append(
          switch (spec) {
            case 'Y' -> "yyyy";
            case 'y' -> "yy";
            case 'm' -> "MM";
            case 'd' -> "dd";
            case 'H' -> "HH";
            case 'I' -> "hh";
            case 'M' -> "mm";
            case 'S' -> "ss";
            case 'f' -> "SSSSSS";
            case 'g' -> "SSS";
            case 'p' -> "a";
            case 'b' -> "MMM";
            case 'B' -> "MMMM";
            case 'z' -> "Z";
            case '%' -> "%";
            default ->
                throw new DataAccessException(
                    "the Spark backend cannot translate the date format specifier %%%s of '%s'"
                        .formatted(spec, strftime));
          });
    }
    return out.toString();
  }

  /** The Spark schema for the types DuckDB gives the columns. */
  static StructType structOf(TableSchema schema, boolean booleansAsText) {
    List<StructField> fields = new ArrayList<>();
    for (Column c : schema.columns()) {
      DataType type =
          booleansAsText && c.type() == ColumnType.BOOLEAN
              ? DataTypes.StringType
              : sparkType(c.nativeType());
      fields.add(DataTypes.createStructField(c.name(), type, true));
    }
    return DataTypes.createStructType(fields);
  }

  static DataType sparkType(String duckType) {
    String t = duckType.toUpperCase(Locale.ROOT).trim();
    Matcher decimal = java.util.regex.Pattern.compile("DECIMAL\\((\\d+),\\s*(\\d+)\\)").matcher(t);
    if (decimal.matches()) {
      return DataTypes.createDecimalType(
          Integer.parseInt(decimal.group(1)), Integer.parseInt(decimal.group(2)));
    }
    return switch (t) {
      case "BOOLEAN" -> DataTypes.BooleanType;
      case "TINYINT", "SMALLINT", "INTEGER", "UTINYINT", "USMALLINT" -> DataTypes.IntegerType;
      case "BIGINT", "UINTEGER" -> DataTypes.LongType;
      case "HUGEINT", "UBIGINT", "UHUGEINT" -> DataTypes.createDecimalType(38, 0);
      case "FLOAT" -> DataTypes.FloatType;
      case "DOUBLE" -> DataTypes.DoubleType;
      case "DATE" -> DataTypes.DateType;
      case "TIMESTAMP", "TIMESTAMP_S", "TIMESTAMP_MS", "TIMESTAMP_NS" -> DataTypes.TimestampNTZType;
      case "TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ" -> DataTypes.TimestampType;
      default -> DataTypes.StringType;
    };
  }

  /** The logical type of a Spark column. */
  static ColumnType columnType(DataType type) {
    if (type.equals(DataTypes.BooleanType)) {
      return ColumnType.BOOLEAN;
    }
    if (type.equals(DataTypes.ByteType)
        || type.equals(DataTypes.ShortType)
        || type.equals(DataTypes.IntegerType)
        || type.equals(DataTypes.LongType)) {
      return ColumnType.INTEGER;
    }
    if (type.equals(DataTypes.FloatType)
        || type.equals(DataTypes.DoubleType)
        || type instanceof org.apache.spark.sql.types.DecimalType) {
      return ColumnType.DECIMAL;
    }
    if (type.equals(DataTypes.StringType)) {
      return ColumnType.STRING;
    }
    if (type.equals(DataTypes.DateType)) {
      return ColumnType.DATE;
    }
    if (type.equals(DataTypes.TimestampType) || type.equals(DataTypes.TimestampNTZType)) {
      return ColumnType.TIMESTAMP;
    }
    return ColumnType.OTHER;
  }

  /** An in-memory table as a Spark data frame with the types DuckDB would give it. */
  static org.apache.spark.sql.Dataset<Row> inMemory(SparkSession spark, InMemoryTable table) {
    List<StructField> fields = new ArrayList<>();
    for (Column c : table.columns()) {
      fields.add(DataTypes.createStructField(c.name(), sparkType(c.nativeType()), true));
    }
    List<Row> rows = new ArrayList<>();
    for (List<@Nullable Object> row : table.rows()) {
      Object[] values = new Object[row.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = sparkValue(row.get(i), fields.get(i).dataType());
      }
      rows.add(RowFactory.create(values));
    }
    return spark.createDataFrame(rows, DataTypes.createStructType(fields));
  }

  private static @Nullable Object sparkValue(@Nullable Object value, DataType type) {
    if (value == null) {
      return null;
    }
    if (type.equals(DataTypes.LongType)) {
      return ((Number) value).longValue();
    } else if (type.equals(DataTypes.IntegerType)) {
      return ((Number) value).intValue();
    } else if (type.equals(DataTypes.DoubleType)) {
      return ((Number) value).doubleValue();
    } else if (type.equals(DataTypes.FloatType)) {
      return ((Number) value).floatValue();
    } else if (type instanceof org.apache.spark.sql.types.DecimalType) {
      return value instanceof java.math.BigDecimal b
          ? b
          : new java.math.BigDecimal(value.toString());
    } else if (type.equals(DataTypes.DateType)) {
      return value instanceof java.time.LocalDate d ? java.sql.Date.valueOf(d) : value;
    } else if (type.equals(DataTypes.StringType)) {
      return value.toString();
    }
    return value;
  }
}
