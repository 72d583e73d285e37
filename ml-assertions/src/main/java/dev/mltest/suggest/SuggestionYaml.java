package dev.mltest.suggest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a suggested suite as YAML. Strings are written as double-quoted scalars with JSON-style
 * escapes (valid YAML), so any column name or value survives the round trip.
 */
final class SuggestionYaml {
  private static final Pattern PLAIN =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*([.-][A-Za-z0-9_]+)*");
  private static final Set<String> RESERVED =
      Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n", "nan", "inf");

  private SuggestionYaml() {}

  static String write(SuggestedSuite suite) {
    StringBuilder y = new StringBuilder();
    y.append("# Suggested by MLTest from ")
        .append(suite.sources().size() == 1 ? "1 batch" : suite.sources().size() + " batches")
        .append(" (%,d rows): ".formatted(suite.rows()))
        .append(comment(String.join(", ", suite.sources())))
        .append('\n')
        .append("# Rules: ")
        .append(suite.options().rules().key())
        .append(". Each expectation says which rule produced it and what was observed;\n")
        .append("# review the bounds before relying on them (docs/suggest.md).\n");
    y.append("suite: ").append(scalar(suite.options().suiteName())).append('\n');
    y.append("dataset: ").append(scalar(suite.options().datasetPath())).append('\n');
    y.append("expectations:\n");
    for (Suggestion s : suite.expectations()) {
      y.append("  # ").append(s.rule()).append(": ").append(comment(s.because())).append('\n');
      boolean first = true;
      for (Map.Entry<String, Object> e : s.fields().entrySet()) {
        y.append(first ? "  - " : "    ")
            .append(e.getKey())
            .append(": ")
            .append(value(e.getValue()))
            .append('\n');
        first = false;
      }
    }
    SuggestedSuite.DriftSuggestion drift = suite.drift();
    if (drift != null) {
      y.append("# drift: ").append(comment(drift.because())).append('\n');
      y.append("drift:\n");
      y.append("  reference: ").append(scalar(drift.reference())).append('\n');
      if (!drift.exclude().isEmpty()) {
        y.append("  exclude: ").append(value(drift.exclude())).append('\n');
      }
      y.append("  severity: error\n");
    }
    return y.toString();
  }

  private static String comment(String text) {
    return text.replaceAll("[\\r\\n]+", " ");
  }

  static String value(Object v) {
    if (v instanceof List<?> list) {
      return list.stream().map(SuggestionYaml::value).collect(Collectors.joining(", ", "[", "]"));
    }
    if (v instanceof Map<?, ?> map) {
      return map.entrySet().stream()
          .map(e -> e.getKey() + ": " + value(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    return scalar(String.valueOf(v));
  }

  /**
   * A plain scalar for a simple name that YAML reads back as the same string, else a double-quoted
   * one; JSON's escapes are a subset of YAML's.
   */
  static String scalar(String text) {
    if (PLAIN.matcher(text).matches() && !RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
      return text;
    }
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append("\\u%04x".formatted((int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
