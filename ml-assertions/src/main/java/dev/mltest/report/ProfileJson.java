package dev.mltest.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.mltest.data.ValueFormat;
import dev.mltest.json.Json;
import dev.mltest.profile.ColumnProfile;
import dev.mltest.profile.DatasetProfile;
import dev.mltest.profile.HistogramBin;
import dev.mltest.profile.ValueCount;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link DatasetProfile} as JSON ({@code "format": "mltest-profile/1"}). Non-finite
 * numbers are written as {@code null}; dates and timestamps as ISO text.
 *
 * <pre>{@code
 * Files.writeString(Path.of("profile.json"), ProfileJson.write(profile));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ProfileJson {
  /** The format tag written at the top of every profile. */
  public static final String FORMAT = "mltest-profile/1";

  private ProfileJson() {}

  /** The profile as indented JSON. */
  public static String write(DatasetProfile profile) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = Json.pretty(Json.factory().createGenerator(out))) {
      json.writeStartObject();
      json.writeStringField("format", FORMAT);
      json.writeStringField("dataset", profile.dataset());
      json.writeNumberField("rows", profile.rows());
      json.writeArrayFieldStart("columns");
      for (ColumnProfile c : profile.columns()) {
        column(json, c);
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void column(JsonGenerator json, ColumnProfile c) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", c.name());
    json.writeStringField("type", c.type().key());
    json.writeStringField("nativeType", c.nativeType());
    json.writeNumberField("nulls", c.nulls());
    number(json, "nullShare", c.nullShare());
    json.writeNumberField("distinct", c.distinct());
    number(json, "distinctShare", c.distinctShare());
    value(json, "min", c.min());
    value(json, "max", c.max());
    value(json, "mean", c.mean());
    value(json, "stdev", c.stdev());
    if (!c.quantiles().isEmpty()) {
      json.writeObjectFieldStart("quantiles");
      for (Map.Entry<Double, Double> q : c.quantiles().entrySet()) {
        number(json, String.valueOf(q.getKey()), q.getValue());
      }
      json.writeEndObject();
    }
    counts(json, "topValues", c.topValues());
    if (!c.histogram().isEmpty()) {
      json.writeArrayFieldStart("histogram");
      for (HistogramBin bin : c.histogram()) {
        json.writeStartObject();
        number(json, "lower", bin.lower());
        number(json, "upper", bin.upper());
        json.writeNumberField("count", bin.count());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    if (c.lengths() != null) {
      json.writeObjectFieldStart("lengths");
      json.writeNumberField("min", c.lengths().min());
      json.writeNumberField("max", c.lengths().max());
      number(json, "mean", c.lengths().mean());
      json.writeEndObject();
    }
    if (!c.formatMatches().isEmpty()) {
      json.writeObjectFieldStart("formatMatches");
      for (ValueFormat f : ValueFormat.values()) {
        Long n = c.formatMatches().get(f);
        if (n != null) {
          json.writeNumberField(f.key(), n);
        }
      }
      json.writeEndObject();
      json.writeStringField("formatGuess", c.commonFormat().map(ValueFormat::key).orElse(null));
      counts(json, "shapes", c.shapes());
    }
    json.writeEndObject();
  }

  private static void counts(JsonGenerator json, String field, List<ValueCount> counts)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (ValueCount v : counts) {
      json.writeStartObject();
      json.writeStringField("value", v.value());
      json.writeNumberField("count", v.count());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void number(JsonGenerator json, String field, double value) throws IOException {
    if (Double.isFinite(value)) {
      json.writeNumberField(field, value);
    } else {
      json.writeNullField(field);
    }
  }

  private static void value(JsonGenerator json, String field, @Nullable Object value)
      throws IOException {
    if (value == null) {
      json.writeNullField(field);
    } else if (value instanceof Double d) {
      number(json, field, d);
    } else if (value instanceof BigDecimal d) {
      json.writeNumberField(field, d);
    } else if (value instanceof Long l) {
      json.writeNumberField(field, l);
    } else if (value instanceof Boolean b) {
      json.writeBooleanField(field, b);
    } else {
      json.writeStringField(field, value.toString());
    }
  }
}
