package dev.mltest.engine.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.mltest.json.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes a record, and every record it holds, as JSON, and reads it back through its canonical
 * constructor: the lossless form of a run's report that the JVMs of one build exchange in their
 * part files (unlike {@code results.json}, which is written for readers and leaves details out).
 *
 * <p>It knows strings, numbers, booleans, enums (by name), paths, instants, lists, string-keyed
 * maps, records, sealed interfaces whose subtypes are records (tagged {@code "@type"} with the
 * subtype's simple name, looked up among the permitted subtypes only, so a file cannot name an
 * arbitrary class) and {@code Object} values that are strings, numbers, booleans or lists of them.
 * Non-finite doubles are written as the strings {@code NaN} and {@code Infinity}, the policy of
 * every JSON file ({@link Json}).
 */
final class RecordJson {
  private static final JsonFactory FACTORY = Json.factory();
  private static final String TYPE = "@type";

  private RecordJson() {}

  /** The record as JSON. */
  static String write(Record value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      Json.pretty(json);
      value(json, value, value.getClass());
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getName(), e);
    }
    return out.toString();
  }

  /**
   * Reads a record of this type.
   *
   * @throws IOException if the text is not JSON of that shape
   */
  static <T extends Record> T read(String text, Class<T> type) throws IOException {
    try (JsonParser json = FACTORY.createParser(text)) {
      json.nextToken();
      Object value = value(json, type);
      if (value == null) {
        throw new IOException("expected a " + type.getSimpleName() + ", found null");
      }
      return type.cast(value);
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /**
   * The whole number in the object's first field, which must be named {@code field}; -1 if the
   * object starts otherwise.
   *
   * @throws IOException if the text is not JSON
   */
  static int leadingInt(String text, String field) throws IOException {
    try (JsonParser json = FACTORY.createParser(text)) {
      if (json.nextToken() == JsonToken.START_OBJECT
          && json.nextToken() == JsonToken.FIELD_NAME
          && json.currentName().equals(field)
          && json.nextToken() == JsonToken.VALUE_NUMBER_INT) {
        return json.getIntValue();
      }
      return -1;
    }
  }

  private static void value(JsonGenerator json, @Nullable Object v, Type type) throws IOException {
    Class<?> raw = raw(type);
    if (v == null) {
      json.writeNull();
    } else if (raw == Object.class) {
      tagged(json, v);
    } else if (v instanceof String s) {
      json.writeString(s);
    } else if (v instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (v instanceof Integer i) {
      json.writeNumber(i);
    } else if (v instanceof Long l) {
      json.writeNumber(l);
    } else if (v instanceof Double d) {
      json.writeNumber(d);
    } else if (v instanceof Enum<?> e) {
      json.writeString(e.name());
    } else if (v instanceof Path p) {
      json.writeString(p.toString());
    } else if (v instanceof Instant i) {
      json.writeString(i.toString());
    } else if (v instanceof List<?> list) {
      json.writeStartArray();
      for (Object item : list) {
        value(json, item, argument(type, 0));
      }
      json.writeEndArray();
    } else if (v instanceof Map<?, ?> map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        json.writeFieldName((String) e.getKey());
        value(json, e.getValue(), argument(type, 1));
      }
      json.writeEndObject();
    } else if (v instanceof Record r) {
      json.writeStartObject();
      if (raw.isSealed()) {
        json.writeStringField(TYPE, r.getClass().getSimpleName());
      }
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        json.writeFieldName(c.getName());
        value(json, component(r, c), c.getGenericType());
      }
      json.writeEndObject();
    } else {
      throw new IllegalArgumentException("cannot write a " + v.getClass().getName());
    }
  }

  /** A value declared as {@code Object}: its kind first, so it reads back as the same type. */
  private static void tagged(JsonGenerator json, Object v) throws IOException {
    json.writeStartObject();
    if (v instanceof BigDecimal d) {
      json.writeStringField(TYPE, "decimal");
      json.writeStringField("value", d.toString());
    } else if (v instanceof List<?> list) {
      json.writeStringField(TYPE, "list");
      json.writeFieldName("value");
      json.writeStartArray();
      for (Object item : list) {
        if (item == null) {
          json.writeNull();
        } else {
          tagged(json, item);
        }
      }
      json.writeEndArray();
    } else {
      Class<?> kind =
          v instanceof String
                  || v instanceof Boolean
                  || v instanceof Integer
                  || v instanceof Long
                  || v instanceof Double
              ? v.getClass()
              : String.class;
      json.writeStringField(TYPE, kind.getSimpleName());
      json.writeFieldName("value");
      value(json, kind == String.class ? v.toString() : v, kind);
    }
    json.writeEndObject();
  }

  private static @Nullable Object value(JsonParser json, Type type) throws IOException {
    Class<?> raw = raw(type);
    JsonToken token = json.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return raw.isPrimitive() ? primitiveDefault(raw) : null;
    }
    if (raw == Object.class) {
      return tagged(json);
    }
    if (raw == String.class) {
      return json.getValueAsString();
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return json.getBooleanValue();
    }
    if (raw == int.class || raw == Integer.class) {
      return json.getIntValue();
    }
    if (raw == long.class || raw == Long.class) {
      return json.getLongValue();
    }
    if (raw == double.class || raw == Double.class) {
      return token == JsonToken.VALUE_STRING
          ? Double.parseDouble(json.getText())
          : json.getDoubleValue();
    }
    if (raw.isEnum()) {
      return enumConstant(raw, json.getText());
    }
    if (raw == Path.class) {
      return Path.of(json.getText());
    }
    if (raw == Instant.class) {
      return Instant.parse(json.getText());
    }
    if (raw == List.class) {
      expect(json, JsonToken.START_ARRAY);
      List<Object> out = new ArrayList<>();
      while (json.nextToken() != JsonToken.END_ARRAY) {
        out.add(value(json, argument(type, 0)));
      }
      return out;
    }
    if (raw == Map.class) {
      expect(json, JsonToken.START_OBJECT);
      Map<String, Object> out = new LinkedHashMap<>();
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String key = json.currentName();
        json.nextToken();
        out.put(key, value(json, argument(type, 1)));
      }
      return out;
    }
    if (raw.isRecord() || raw.isSealed()) {
      return record(json, raw);
    }
    throw new IllegalArgumentException("cannot read a " + raw.getName());
  }

  private static Object record(JsonParser json, Class<?> declared) throws IOException {
    expect(json, JsonToken.START_OBJECT);
    Class<?> type = declared;
    if (declared.isSealed()) {
      if (json.nextToken() != JsonToken.FIELD_NAME || !TYPE.equals(json.currentName())) {
        throw new IllegalArgumentException(declared.getSimpleName() + " without " + TYPE);
      }
      json.nextToken();
      String name = json.getText();
      type =
          Arrays.stream(declared.getPermittedSubclasses())
              .filter(c -> c.getSimpleName().equals(name) && c.isRecord())
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "'%s' is no %s".formatted(name, declared.getSimpleName())));
    }
    RecordComponent[] components = type.getRecordComponents();
    Object[] arguments = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      Class<?> c = components[i].getType();
      arguments[i] = c.isPrimitive() ? primitiveDefault(c) : null;
    }
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String name = json.currentName();
      json.nextToken();
      int at = indexOf(components, name);
      if (at < 0) {
        json.skipChildren();
      } else {
        arguments[at] = value(json, components[at].getGenericType());
      }
    }
    return construct(type, components, arguments);
  }

  private static @Nullable Object tagged(JsonParser json) throws IOException {
    expect(json, JsonToken.START_OBJECT);
    String kind = null;
    Object value = null;
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      json.nextToken();
      if (field.equals(TYPE)) {
        kind = json.getText();
      } else if (field.equals("value")) {
        value = taggedValue(json, kind);
      } else {
        json.skipChildren();
      }
    }
    return value;
  }

  private static @Nullable Object taggedValue(JsonParser json, @Nullable String kind)
      throws IOException {
    if (json.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    return switch (kind == null ? "" : kind) {
      case "decimal" -> new BigDecimal(json.getText());
      case "list" -> {
        expect(json, JsonToken.START_ARRAY);
        List<Object> out = new ArrayList<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
          out.add(json.currentToken() == JsonToken.VALUE_NULL ? null : tagged(json));
        }
        yield out;
      }
      case "String" -> json.getText();
      case "Boolean" -> json.getBooleanValue();
      case "Integer" -> json.getIntValue();
      case "Long" -> json.getLongValue();
      case "Double" -> value(json, Double.class);
      default -> throw new IllegalArgumentException("unknown value kind '" + kind + "'");
    };
  }

  private static Object construct(Class<?> type, RecordComponent[] components, Object[] arguments) {
    try {
      Constructor<?> canonical =
          type.getDeclaredConstructor(
              Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      return canonical.newInstance(arguments);
    } catch (InvocationTargetException e) {
      Throwable cause = Objects.requireNonNullElse(e.getCause(), e);
      throw new IllegalArgumentException(
          "invalid " + type.getSimpleName() + ": " + cause.getMessage(), cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("cannot create a " + type.getName(), e);
    }
  }

  private static @Nullable Object component(Record r, RecordComponent c) {
    try {
      return c.getAccessor().invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("cannot read " + c, e);
    }
  }

  private static int indexOf(RecordComponent[] components, String name) {
    for (int i = 0; i < components.length; i++) {
      if (components[i].getName().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static void expect(JsonParser json, JsonToken token) {
    if (json.currentToken() != token) {
      throw new IllegalArgumentException(
          "expected %s at %s, found %s"
              .formatted(token, json.currentLocation(), json.currentToken()));
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumConstant(Class<?> type, String name) {
    return Enum.valueOf((Class) type, name);
  }

  private static Object primitiveDefault(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == int.class) {
      return 0;
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == double.class) {
      return 0.0;
    }
    throw new IllegalArgumentException("cannot read a " + type);
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalArgumentException("cannot handle the type " + type);
  }

  private static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType p) {
      Type argument = p.getActualTypeArguments()[index];
      return argument instanceof Class<?> || argument instanceof ParameterizedType
          ? argument
          : Object.class;
    }
    return Object.class;
  }
}
