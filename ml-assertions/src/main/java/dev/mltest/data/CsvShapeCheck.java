package dev.mltest.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Detects a CSV file whose lines have inconsistent field counts. DuckDB's dialect sniffer reads
 * such a file, when the odd line falls in its sample, as a single column whose name is the whole
 * header line; this turns that into an error naming the first odd line.
 */
final class CsvShapeCheck {
  private static final String DELIMITERS = ",;\t|";

  private CsvShapeCheck() {}

  static void check(FileDataset file, TableSchema schema) {
    if (schema.columns().size() != 1 || file.options().containsKey("delimiter")) {
      return;
    }
    String header = schema.columns().get(0).name();
    for (char delimiter : DELIMITERS.toCharArray()) {
      if (header.indexOf(delimiter) >= 0) {
        throw new DataAccessException(describe(file, delimiter));
      }
    }
  }

  private static String describe(FileDataset file, char delimiter) {
    String shown = delimiter == '\t' ? "tab" : "'" + delimiter + "'";
    String prefix =
        "cannot read csv file %s: its lines do not have the same number of %s-separated fields"
            .formatted(file.path(), shown);
    try (BufferedReader reader = Files.newBufferedReader(file.path(), StandardCharsets.UTF_8)) {
      String first = reader.readLine();
      if (first == null) {
        return prefix;
      }
      int expected = fields(first, delimiter);
      String line;
      long number = 1;
      while ((line = reader.readLine()) != null) {
        number++;
        int found = fields(line, delimiter);
        if (!line.isBlank() && found != expected) {
          return prefix
              + "; line %d has %d fields where the header (line 1) has %d: %s"
                  .formatted(number, found, expected, abbreviate(line));
        }
      }
    } catch (IOException e) {
      return prefix + " (" + e.getMessage() + ")";
    }
    return prefix;
  }

  private static int fields(String line, char delimiter) {
    int count = 1;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == delimiter && !quoted) {
        count++;
      }
    }
    return count;
  }

  private static String abbreviate(String line) {
    return line.length() <= 80 ? line : line.substring(0, 77) + "...";
  }
}
