package dev.mltest.history;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.mltest.json.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** A point's tags as one JSON object of strings, the form the repository stores. */
final class TagsJson {
  private TagsJson() {}

  static String write(Map<String, String> tags) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Json.factory().createGenerator(out)) {
      g.writeStartObject();
      for (Map.Entry<String, String> e : new TreeMap<>(tags).entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static Map<String, String> read(@Nullable String json) {
    Map<String, String> tags = new TreeMap<>();
    if (json == null || json.isBlank()) {
      return tags;
    }
    try (JsonParser p = Json.factory().createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new MetricsRepositoryException("tags are not a JSON object: " + json);
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        p.nextToken();
        tags.put(key, p.getValueAsString());
      }
    } catch (IOException e) {
      throw new MetricsRepositoryException("tags are not valid JSON: " + json, e);
    }
    return tags;
  }
}
