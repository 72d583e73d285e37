package dev.mltest.data;

import org.jspecify.annotations.Nullable;

/**
 * How a CSV file is written, as DuckDB's sniffer detects it with the dataset's options applied:
 * what another reader (Spark's) needs to read the file as DuckDB does. An empty text means none (no
 * quote, no escape, no comment character).
 *
 * @param delimiter the field separator
 * @param quote the quote character
 * @param escape the escape character inside quotes
 * @param comment the character that starts a comment line
 * @param skipRows the lines before the header
 * @param header whether the first line names the columns
 * @param dateFormat the strftime pattern of dates, if not ISO
 * @param timestampFormat the strftime pattern of timestamps, if not ISO
 */
public record CsvDialect(
    String delimiter,
    String quote,
    String escape,
    String comment,
    long skipRows,
    boolean header,
    @Nullable String dateFormat,
    @Nullable String timestampFormat) {}
