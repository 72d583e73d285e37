package dev.mltest.regression;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.mltest.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes a run's evaluation rows as gzip-compressed JSON next to its baseline ({@code
 * X.baseline.json} → {@code X.baseline.rows.json.gz}), column by column: format, task, positive
 * class, then the arrays {@code key}, {@code truth}, {@code predicted}, {@code positiveScore} and
 * {@code truthScore} (scores as numbers, {@code null} for none). A 1,250-row binary evaluation
 * takes about 20 kB. Written atomically, like the baseline.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EvaluationRowsStore {
  /** The format written into and expected from row files. */
  public static final String FORMAT = "mltest-rows/1";

  private static final JsonFactory JSON = Json.factory();

  private EvaluationRowsStore() {}

  /** The rows file that belongs to a baseline file. */
  public static Path pathFor(Path baselineFile) {
    String name = baselineFile.getFileName().toString();
    String stem = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    return baselineFile.resolveSibling(stem + ".rows.json.gz");
  }

  /**
   * Writes the rows atomically.
   *
   * @throws BaselineFileException if they cannot be written
   */
  public static void write(Path file, EvaluationRows rows) {
    BaselineStore.replace(
        file,
        out -> {
          GZIPOutputStream gzip = new GZIPOutputStream(out);
          write(gzip, rows);
          gzip.finish();
        });
  }

  /**
   * Reads the rows, if the file exists.
   *
   * @throws BaselineFileException if it exists but is not a valid rows file
   */
  public static Optional<EvaluationRows> readIfExists(Path file) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return Optional.of(read(file.toString(), in));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      throw new BaselineFileException(
          file.toString(), 0, 0, "not a valid evaluation-rows file: " + e.getMessage(), e);
    }
  }

  /** Reads rows from a (decompressed) stream; {@code location} names it in messages. */
  public static EvaluationRows read(String location, InputStream in) throws IOException {
    try (JsonParser p = JSON.createParser(in)) {
      expect(p.nextToken() == JsonToken.START_OBJECT, location, "an object");
      String format = null;
      ModelTask task = null;
      String positive = null;
      List<String> keys = List.of();
      List<String> truth = List.of();
      List<String> predicted = List.of();
      double[] positiveScores = new double[0];
      double[] truthScores = new double[0];
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "format" -> format = p.getValueAsString();
          case "task" -> task = ModelTask.valueOf(p.getValueAsString().toUpperCase(Locale.ROOT));
          case "positiveLabel" ->
              positive = p.currentToken() == JsonToken.VALUE_NULL ? null : p.getValueAsString();
          case "key" -> keys = strings(p, location);
          case "truth" -> truth = strings(p, location);
          case "predicted" -> predicted = strings(p, location);
          case "positiveScore" -> positiveScores = numbers(p, location);
          case "truthScore" -> truthScores = numbers(p, location);
          default -> p.skipChildren();
        }
      }
      expect(FORMAT.equals(format), location, "\"format\": \"" + FORMAT + "\"");
      expect(task != null, location, "a \"task\"");
      int n = keys.size();
      expect(
          truth.size() == n
              && predicted.size() == n
              && positiveScores.length == n
              && truthScores.length == n,
          location,
          "arrays of equal length");
      List<EvaluationRows.Row> rows = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        rows.add(
            new EvaluationRows.Row(
                keys.get(i), truth.get(i), predicted.get(i), positiveScores[i], truthScores[i]));
      }
      return new EvaluationRows(Objects.requireNonNull(task), positive, rows);
    }
  }

  private static void write(OutputStream out, EvaluationRows rows) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeStringField("task", rows.task().name().toLowerCase(Locale.ROOT));
      if (rows.positiveLabel() == null) {
        g.writeNullField("positiveLabel");
      } else {
        g.writeStringField("positiveLabel", rows.positiveLabel());
      }
      g.writeArrayFieldStart("key");
      for (EvaluationRows.Row row : rows.rows()) {
        g.writeString(row.key());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("truth");
      for (EvaluationRows.Row row : rows.rows()) {
        g.writeString(row.truth());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("predicted");
      for (EvaluationRows.Row row : rows.rows()) {
        g.writeString(row.predicted());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("positiveScore");
      for (EvaluationRows.Row row : rows.rows()) {
        number(g, row.positiveScore());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("truthScore");
      for (EvaluationRows.Row row : rows.rows()) {
        number(g, row.truthScore());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void number(JsonGenerator g, double value) throws IOException {
    if (Double.isFinite(value)) {
      g.writeNumber(value);
    } else {
      g.writeNull();
    }
  }

  private static List<String> strings(JsonParser p, String location) throws IOException {
    expect(p.currentToken() == JsonToken.START_ARRAY, location, "an array of strings");
    List<String> values = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      expect(p.currentToken() == JsonToken.VALUE_STRING, location, "a string");
      values.add(p.getText());
    }
    return values;
  }

  private static double[] numbers(JsonParser p, String location) throws IOException {
    expect(p.currentToken() == JsonToken.START_ARRAY, location, "an array of numbers");
    double[] values = new double[16];
    int n = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (n == values.length) {
        values = java.util.Arrays.copyOf(values, n * 2);
      }
      values[n++] = p.currentToken() == JsonToken.VALUE_NULL ? Double.NaN : p.getDoubleValue();
    }
    return java.util.Arrays.copyOf(values, n);
  }

  private static void expect(boolean ok, String location, @Nullable String what) {
    if (!ok) {
      throw new IllegalArgumentException("%s: expected %s".formatted(location, what));
    }
  }
}
