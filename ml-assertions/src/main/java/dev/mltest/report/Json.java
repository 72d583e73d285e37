package dev.mltest.report;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a tree of maps, lists, strings, numbers, booleans and nulls as indented JSON. Non-finite
 * numbers, which JSON cannot hold, are written as {@code null}.
 */
final class Json {
  private Json() {}

  static String write(Object tree) {
    StringBuilder out = new StringBuilder();
    value(out, tree, 0);
    return out.append('\n').toString();
  }

  private static void value(StringBuilder out, @Nullable Object v, int indent) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof String s) {
      string(out, s);
    } else if (v instanceof Boolean b) {
      out.append(b);
    } else if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      out.append(Double.isNaN(d) || Double.isInfinite(d) ? "null" : Double.toString(d));
    } else if (v instanceof Number n) {
      out.append(n);
    } else if (v instanceof Map<?, ?> map) {
      object(out, map, indent);
    } else if (v instanceof List<?> list) {
      array(out, list, indent);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
    }
  }

  private static void object(StringBuilder out, Map<?, ?> map, int indent) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    String separator = "\n";
    for (Map.Entry<?, ?> e : map.entrySet()) {
      out.append(separator);
      pad(out, indent + 1);
      string(out, String.valueOf(e.getKey()));
      out.append(": ");
      value(out, e.getValue(), indent + 1);
      separator = ",\n";
    }
    out.append('\n');
    pad(out, indent);
    out.append('}');
  }

  private static void array(StringBuilder out, List<?> list, int indent) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    String separator = "\n";
    for (Object item : list) {
      out.append(separator);
      pad(out, indent + 1);
      value(out, item, indent + 1);
      separator = ",\n";
    }
    out.append('\n');
    pad(out, indent);
    out.append(']');
  }

  private static void pad(StringBuilder out, int indent) {
    out.append("  ".repeat(indent));
  }

  static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
