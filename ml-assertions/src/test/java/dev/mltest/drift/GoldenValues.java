package dev.mltest.drift;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The reference values written by generate_golden.py (golden.csv) and the data files they were
 * computed from. Rows are {@code case,method,quantity,value}; lists are space separated.
 */
final class GoldenValues {
  private static final String ROOT = "/dev/mltest/drift/";
  private static final GoldenValues INSTANCE = load();

  private final Map<String, Map<String, String>> byCase;

  private GoldenValues(Map<String, Map<String, String>> byCase) {
    this.byCase = byCase;
  }

  static GoldenValues get() {
    return INSTANCE;
  }

  /** Names of the cases whose input kind is {@code kind} ("numeric" or "categorical"). */
  List<String> cases(String kind) {
    return byCase.entrySet().stream()
        .filter(e -> kind.equals(e.getValue().get("input.kind")))
        .map(Map.Entry::getKey)
        .toList();
  }

  boolean has(String caseName, String method, String quantity) {
    return byCase.getOrDefault(caseName, Map.of()).containsKey(method + "." + quantity);
  }

  String text(String caseName, String method, String quantity) {
    String value = byCase.getOrDefault(caseName, Map.of()).get(method + "." + quantity);
    return Objects.requireNonNull(
        value, () -> "no golden value " + caseName + "/" + method + "/" + quantity);
  }

  double number(String caseName, String method, String quantity) {
    return Double.parseDouble(text(caseName, method, quantity));
  }

  long integer(String caseName, String method, String quantity) {
    return Long.parseLong(text(caseName, method, quantity));
  }

  double[] numbers(String caseName, String method, String quantity) {
    return Arrays.stream(words(text(caseName, method, quantity)))
        .mapToDouble(Double::parseDouble)
        .toArray();
  }

  long[] integers(String caseName, String method, String quantity) {
    return Arrays.stream(words(text(caseName, method, quantity)))
        .mapToLong(Long::parseLong)
        .toArray();
  }

  List<String> strings(String caseName, String method, String quantity) {
    return List.of(words(text(caseName, method, quantity)));
  }

  /** The raw reference column of a numeric case, NaN and infinities included. */
  double[] numericReference(String caseName) {
    return numericColumn(caseName, "reference");
  }

  double[] numericCurrent(String caseName) {
    return numericColumn(caseName, "current");
  }

  /** The raw reference column of a categorical case, nulls for empty cells. */
  String[] categoricalReference(String caseName) {
    return categoricalColumn(caseName, "reference");
  }

  String[] categoricalCurrent(String caseName) {
    return categoricalColumn(caseName, "current");
  }

  private double[] numericColumn(String caseName, String side) {
    return Arrays.stream(categoricalColumn(caseName, side))
        .mapToDouble(Double::parseDouble)
        .toArray();
  }

  private String[] categoricalColumn(String caseName, String side) {
    List<String> rows = lines("data/" + text(caseName, "input", side));
    List<String> values = rows.subList(1, rows.size());
    long limit = integer(caseName, "input", side + "_limit");
    if (limit >= 0) {
      values = values.subList(0, (int) limit);
    }
    return values.stream().map(v -> v.isEmpty() ? null : v).toArray(String[]::new);
  }

  private static String[] words(String text) {
    return text.isEmpty() ? new String[0] : text.split(" ");
  }

  private static GoldenValues load() {
    Map<String, Map<String, String>> byCase = new LinkedHashMap<>();
    List<String> rows = lines("golden.csv");
    for (String row : rows.subList(1, rows.size())) {
      List<String> cells = csvCells(row);
      byCase
          .computeIfAbsent(cells.get(0), k -> new LinkedHashMap<>())
          .put(cells.get(1) + "." + cells.get(2), cells.get(3));
    }
    return new GoldenValues(byCase);
  }

  /** Splits one CSV row with the quoting Python's csv module writes (quotes only when needed). */
  private static List<String> csvCells(String row) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  private static List<String> lines(String resource) {
    try (InputStream in = GoldenValues.class.getResourceAsStream(ROOT + resource)) {
      Objects.requireNonNull(in, () -> "missing test resource " + ROOT + resource);
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return reader.lines().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
