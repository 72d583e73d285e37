package dev.mltest.expect;

import dev.mltest.data.SqlExpressionPolicy;
import dev.mltest.expect.InvalidExpectationException.Problem;
import dev.mltest.text.NearestNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Validates one raw expectation mapping against the catalog, collecting every problem. */
final class SpecReader {
  private final Catalog catalog;
  private final Map<String, ?> raw;
  private final List<Problem> problems = new ArrayList<>();

  SpecReader(Catalog catalog, Map<String, ?> raw) {
    this.catalog = catalog;
    Map<String, Object> normalised = new LinkedHashMap<>();
    raw.forEach((k, v) -> normalised.put(k, normalise(v)));
    this.raw = normalised;
  }

  /** Java callers pass Integer, Float, arrays...; suite files give Long, Double and lists. */
  private static Object normalise(Object value) {
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float || value instanceof java.math.BigDecimal) {
      return ((Number) value).doubleValue();
    }
    if (value instanceof Object[] array) {
      return normalise(java.util.Arrays.asList(array));
    }
    if (value instanceof java.util.Collection<?> c) {
      return c.stream().map(SpecReader::normalise).toList();
    }
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), normalise(v)));
      return out;
    }
    return value;
  }

  ExpectationSpec read() {
    Object key = raw.get("expect");
    if (!(key instanceof String name) || name.isBlank()) {
      throw new InvalidExpectationException(
          List.of(
              new Problem(
                  null,
                  "each expectation needs 'expect: <type>'; known types: "
                      + String.join(", ", catalog.keys()))));
    }
    ExpectationType type =
        catalog
            .find(name)
            .orElseThrow(
                () ->
                    new InvalidExpectationException(
                        List.of(
                            new Problem(
                                "expect",
                                "unknown expectation '%s'%s"
                                        .formatted(
                                            name, NearestNames.didYouMean(name, catalog.keys()))
                                    + suffix(name)))));
    ExpectationSpec.Builder builder = new ExpectationSpec.Builder(type);
    readCommon(type, builder);
    Map<String, Object> parameters = readParameters(type);
    if (!problems.isEmpty()) {
      throw new InvalidExpectationException(problems);
    }
    try {
      return builder.build(parameters);
    } catch (ParameterException e) {
      throw new InvalidExpectationException(List.of(new Problem(e.parameter(), e.getMessage())));
    }
  }

  private String suffix(String name) {
    return NearestNames.nearest(name, catalog.keys()).isEmpty()
        ? "; known types: " + String.join(", ", catalog.keys())
        : "";
  }

  private void readCommon(ExpectationType type, ExpectationSpec.Builder b) {
    b.id = string("id");
    b.description = string("description");
    b.where = string("where");
    if (b.where != null) {
      SqlExpressionPolicy.refusal(b.where)
          .ifPresent(reason -> problems.add(new Problem("where", reason)));
    }
    String severity = string("severity");
    if (severity != null) {
      Severity.fromKey(severity)
          .ifPresentOrElse(
              s -> b.severity = s,
              () ->
                  problems.add(
                      new Problem("severity", "expected error or warn, found '" + severity + "'")));
    }
    if (raw.containsKey("mostly")) {
      if (!type.takesMostly()) {
        problems.add(
            new Problem(
                "mostly",
                "'%s' judges one aggregate, so it takes no 'mostly'; use its bounds instead"
                    .formatted(type.key())));
      } else {
        b.mostly = (Double) convert("mostly", ParameterType.RATIO);
      }
    }
    if (raw.containsKey("sampleSize")) {
      Object size = convert("sampleSize", ParameterType.INTEGER);
      if (size instanceof Long n) {
        if (n < 0 || n > 1000) {
          problems.add(
              new Problem("sampleSize", "expected a whole number from 0 to 1000, found " + n));
        } else {
          b.sampleSize = n.intValue();
        }
      }
    }
    if (raw.containsKey("keyColumns")) {
      Object columns = convert("keyColumns", ParameterType.COLUMNS);
      if (columns instanceof List<?> list) {
        list.forEach(c -> b.keyColumns.add((String) c));
      }
    }
  }

  private Map<String, Object> readParameters(ExpectationType type) {
    Set<String> known = new LinkedHashSet<>(type.parameterNames());
    for (String k : raw.keySet()) {
      if (!known.contains(k) && !ExpectationSpec.COMMON_OPTIONS.contains(k)) {
        Set<String> all = new LinkedHashSet<>(known);
        all.addAll(ExpectationSpec.COMMON_OPTIONS);
        problems.add(
            new Problem(
                k,
                "unknown parameter '%s' for '%s'%s; its parameters: %s"
                    .formatted(
                        k, type.key(), NearestNames.didYouMean(k, all), String.join(", ", known))));
      }
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (ParameterSpec p : type.parameters()) {
      if (raw.get(p.name()) == null) {
        if (p.required()) {
          problems.add(
              new Problem(
                  null,
                  "'%s' needs '%s' (%s): %s"
                      .formatted(type.key(), p.name(), p.type().description(), p.doc())));
        } else if (p.defaultValue() != null) {
          values.put(p.name(), p.defaultValue());
        }
        continue;
      }
      Object v = convert(p.name(), p.type());
      if (v != null && p.type() == ParameterType.CHOICE && !p.choices().contains(v)) {
        problems.add(
            new Problem(
                p.name(),
                "expected one of %s, found '%s'%s"
                    .formatted(
                        String.join(", ", p.choices()),
                        v,
                        NearestNames.didYouMean((String) v, p.choices()))));
        continue;
      }
      if (v != null) {
        values.put(p.name(), v);
      }
    }
    return values;
  }

  private @Nullable String string(String key) {
    Object v = raw.get(key);
    return v == null ? null : (String) convert(key, ParameterType.STRING);
  }

  private @Nullable Object convert(String key, ParameterType type) {
    try {
      return type.convert(raw.get(key));
    } catch (NestedValueException e) {
      problems.add(new Problem(key, e.getMessage(), e.path()));
      return null;
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(key, Objects.requireNonNullElse(e.getMessage(), e.toString())));
      return null;
    }
  }
}
