package dev.mltest.suite;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.CatalogTable;
import dev.mltest.data.CsvColumnTypes;
import dev.mltest.data.FileDataset;
import dev.mltest.data.FileFormat;
import dev.mltest.expect.Catalog;
import dev.mltest.expect.ExpectationSpec;
import dev.mltest.expect.InvalidExpectationException;
import dev.mltest.text.NearestNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Parses suite files. Parsing never throws for bad input: every problem becomes a {@link
 * SuiteProblem} with its line and column, either on the suite or on the one expectation it
 * concerns, so the rest of the suite still runs.
 *
 * <pre>{@code
 * SuiteDefinition suite = SuiteParser.parse("customers.mltest.yaml", Files.readString(path));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SuiteParser {
  /** The top-level keys of a suite file. */
  public static final List<String> TOP_LEVEL_KEYS =
      List.of(
          "suite",
          "description",
          "dataset",
          "backend",
          "allowEmpty",
          "tags",
          "expectations",
          "drift");

  /** The most YAML nodes a suite file may expand to once its aliases are followed. */
  static final long MAX_EXPANDED_NODES = 200_000;

  private static final List<String> DATASET_KEYS = List.of("path", "format", "options", "table");

  private final String location;
  private final Catalog catalog;
  private final List<SuiteProblem> problems = new ArrayList<>();

  private SuiteParser(String location, Catalog catalog) {
    this.location = location;
    this.catalog = catalog;
  }

  /** Parses with the standard catalog. */
  public static SuiteDefinition parse(String location, String text) {
    return parse(location, text, Catalog.standard());
  }

  /** Parses a suite file's text. */
  public static SuiteDefinition parse(String location, String text, Catalog catalog) {
    return new SuiteParser(location, catalog).parse(text);
  }

  private SuiteDefinition parse(String text) {
    Optional<Node> root;
    try {
      LoadSettings settings =
          LoadSettings.builder()
              .setLabel(location)
              .setSchema(new CoreSchema())
              .setAllowRecursiveKeys(false)
              .setMaxAliasesForCollections(50)
              .setCodePointLimit(10 * 1024 * 1024)
              .build();
      root = new Compose(settings).composeString(text);
    } catch (MarkedYamlEngineException e) {
      if (e.getContext() != null
          && e.getContext().contains("quoted scalar")
          && e.getContextMark().isPresent()) {
        // The scanner notices a missing closing quote only at the end of the file.
        var mark = e.getContextMark().get();
        return unreadable(
            new SourcePosition(mark.getLine() + 1, mark.getColumn() + 1),
            "malformed YAML: unclosed quote: the quoted string that starts here never ends;"
                + " add the closing quote");
      }
      SourcePosition at =
          e.getProblemMark()
              .map(m -> new SourcePosition(m.getLine() + 1, m.getColumn() + 1))
              .orElse(SourcePosition.START);
      return unreadable(
          at,
          "malformed YAML: "
              + e.getProblem()
              + (e.getContext() == null ? "" : " (" + e.getContext() + ")"));
    } catch (YamlEngineException e) {
      return unreadable(SourcePosition.START, "malformed YAML: " + e.getMessage());
    }
    if (root.isEmpty()) {
      return unreadable(
          SourcePosition.START,
          "the suite file is empty; expected a mapping with 'dataset' and 'expectations'");
    }
    long expanded = YamlTree.expandedSize(root.get(), MAX_EXPANDED_NODES);
    if (expanded > MAX_EXPANDED_NODES) {
      return unreadable(
          SourcePosition.START,
          ("YAML aliases (*name) expand this file to more than %,d nodes; suite files may repeat"
                  + " anchors, but not nest them into an exponential tree. Write the repeated"
                  + " parts out or reduce the nesting")
              .formatted(MAX_EXPANDED_NODES));
    }
    if (!(root.get() instanceof MappingNode mapping)) {
      return unreadable(
          YamlTree.position(root.get()),
          "a suite file must be a mapping with 'dataset' and 'expectations'");
    }
    try {
      return suite(mapping);
    } catch (YamlTree.ShapeException e) {
      return unreadable(e.position(), e.getMessage());
    }
  }

  private SuiteDefinition unreadable(SourcePosition at, String message) {
    return new SuiteDefinition(
        location,
        null,
        null,
        false,
        List.of(),
        List.of(),
        List.of(new SuiteProblem(location, at, message)));
  }

  private SuiteDefinition suite(MappingNode mapping) {
    Map<String, NodeTuple> top = YamlTree.entries(mapping);
    for (Map.Entry<String, NodeTuple> e : top.entrySet()) {
      if (!TOP_LEVEL_KEYS.contains(e.getKey())) {
        problem(
            e.getValue().getKeyNode(),
            "unknown key '%s'%s; suite files have: %s"
                .formatted(
                    e.getKey(),
                    NearestNames.didYouMean(e.getKey(), TOP_LEVEL_KEYS),
                    String.join(", ", TOP_LEVEL_KEYS)));
      }
    }
    String name = string(top, "suite");
    boolean allowEmpty =
        Boolean.TRUE.equals(typed(top, "allowEmpty", Boolean.class, "true or false"));
    List<String> tags = tags(top);
    DatasetRef dataset = null;
    if (top.containsKey("dataset")) {
      dataset = dataset(top.get("dataset").getValueNode());
    } else {
      problems.add(
          new SuiteProblem(
              location,
              YamlTree.position(mapping),
              "missing 'dataset: <path to a .csv, .parquet or .jsonl file>'"));
    }
    DriftSection drift = null;
    if (top.containsKey("drift")) {
      drift =
          new DriftSectionParser(location).parse(top.get("drift").getValueNode(), this::reference);
    }
    List<SuiteEntry> entries = new ArrayList<>();
    if (top.containsKey("expectations")) {
      entries = expectations(top.get("expectations").getValueNode());
    } else if (drift == null) {
      problems.add(
          new SuiteProblem(
              location,
              YamlTree.position(mapping),
              "missing 'expectations:', a list of '- expect: <type>' items (or a 'drift:' section)"));
    }
    if (drift != null) {
      drift = drift.withKeyColumns(keyColumns(entries));
    }
    return new SuiteDefinition(
        location, name, dataset, allowEmpty, tags, entries, problems, drift, backend(top));
  }

  /**
   * The {@code backend:} name, lower-cased. Whether a backend of that name is on the class path is
   * known only when the suite runs; its node then names the backends there.
   */
  private @Nullable String backend(Map<String, NodeTuple> top) {
    String backend = string(top, "backend");
    NodeTuple tuple = top.get("backend");
    if (backend == null || tuple == null) {
      return null;
    }
    String name = backend.trim().toLowerCase(java.util.Locale.ROOT);
    if (!name.matches("[a-z][a-z0-9_-]*")) {
      problem(
          tuple.getValueNode(),
          "'backend' must name a data backend such as duckdb or spark, found '%s'"
              .formatted(backend));
      return null;
    }
    return name;
  }

  /** Columns the suite declares unique on their own ({@code unique}, {@code primaryKey}). */
  private static List<String> keyColumns(List<SuiteEntry> entries) {
    List<String> keys = new ArrayList<>();
    for (SuiteEntry entry : entries) {
      entry
          .expectation()
          .filter(spec -> List.of("unique", "primaryKey").contains(spec.type().key()))
          .filter(spec -> spec.columns().size() == 1)
          .ifPresent(spec -> keys.add(spec.columns().get(0)));
    }
    return keys;
  }

  /** Reads the drift section's reference like the dataset, keeping its problems off the suite. */
  private DatasetRef reference(Node node) {
    int before = problems.size();
    DatasetRef ref = dataset(node);
    if (problems.size() > before) {
      String message = problems.get(before).message();
      while (problems.size() > before) {
        problems.remove(problems.size() - 1);
      }
      throw new IllegalArgumentException(message);
    }
    if (ref == null) {
      throw new IllegalArgumentException(
          "expected a path or a mapping with 'path', 'format' and 'options'");
    }
    return ref;
  }

  private @Nullable String string(Map<String, NodeTuple> map, String key) {
    return typed(map, key, String.class, "a string");
  }

  private <T> @Nullable T typed(
      Map<String, NodeTuple> map, String key, Class<T> type, String expected) {
    NodeTuple tuple = map.get(key);
    if (tuple == null) {
      return null;
    }
    Object value = YamlTree.value(tuple.getValueNode());
    if (type.isInstance(value)) {
      return type.cast(value);
    }
    problem(tuple.getValueNode(), "'%s' must be %s".formatted(key, expected));
    return null;
  }

  private List<String> tags(Map<String, NodeTuple> top) {
    NodeTuple tuple = top.get("tags");
    if (tuple == null) {
      return List.of();
    }
    Object value = YamlTree.value(tuple.getValueNode());
    if (value instanceof List<?> list
        && list.stream().allMatch(t -> t instanceof String s && !s.isBlank())) {
      return list.stream().map(String.class::cast).toList();
    }
    problem(tuple.getValueNode(), "'tags' must be a list of names, e.g. tags: [nightly, pii]");
    return List.of();
  }

  private @Nullable DatasetRef dataset(Node node) {
    SourcePosition at = YamlTree.position(node);
    Object value = YamlTree.value(node);
    if (value instanceof String path && !path.isBlank()) {
      return new DatasetRef(path, null, Map.of(), at);
    }
    if (!(value instanceof Map<?, ?> map)) {
      problem(
          node,
          "'dataset' must be a path, a mapping with 'path', 'format' and 'options', or {table: db.events}");
      return null;
    }
    if (map.containsKey("table")) {
      return catalogTable(node, map);
    }
    for (Object key : map.keySet()) {
      if (!DATASET_KEYS.contains(key)) {
        problem(
            node,
            "unknown dataset key '%s'%s; dataset keys: %s"
                .formatted(
                    key, NearestNames.didYouMean(key.toString(), DATASET_KEYS), DATASET_KEYS));
      }
    }
    if (!(map.get("path") instanceof String path) || path.isBlank()) {
      problem(node, "'dataset' needs 'path: <file>'");
      return null;
    }
    FileFormat format = null;
    if (map.get("format") != null) {
      format = FileFormat.fromKey(String.valueOf(map.get("format"))).orElse(null);
      if (format == null) {
        problem(
            node,
            "unknown dataset format '%s'; use csv, parquet or jsonl".formatted(map.get("format")));
        return null;
      }
    }
    Map<String, String> options = new LinkedHashMap<>();
    Map<String, String> types = new LinkedHashMap<>();
    if (map.get("options") instanceof Map<?, ?> given) {
      given.forEach((k, v) -> options.put(String.valueOf(k), String.valueOf(v)));
      List<String> known = readerOptions();
      for (String key : options.keySet()) {
        if (!known.contains(key) || (format != null && format != FileFormat.CSV)) {
          problem(
              node,
              "unknown reader option '%s'%s; CSV options: %s"
                  .formatted(key, NearestNames.didYouMean(key, known), known));
          return null;
        }
        if (key.equals(CsvColumnTypes.OPTION)) {
          if (!types(optionNode(node, key), given.get(key), types)) {
            return null;
          }
          continue;
        }
        String problem = FileDataset.optionProblem(key, options.get(key));
        if (problem != null) {
          problem(optionNode(node, key), problem);
          return null;
        }
      }
    } else if (map.get("options") != null) {
      problem(node, "'options' must be a mapping, e.g. options: {delimiter: \";\"}");
    }
    options.remove(CsvColumnTypes.OPTION);
    return new DatasetRef(path, format, options, types, at);
  }

  /** {@code dataset: {table: db.events}}: a name alone, checked before any backend sees it. */
  private @Nullable DatasetRef catalogTable(Node node, Map<?, ?> map) {
    List<String> others =
        map.keySet().stream().map(String::valueOf).filter(k -> !k.equals("table")).toList();
    if (!others.isEmpty()) {
      problem(
          node,
          "a catalog table dataset takes only 'table'; remove %s (they apply to files)"
              .formatted(others.stream().map(k -> "'" + k + "'").toList()));
      return null;
    }
    Node nameNode = node;
    if (node instanceof MappingNode mapping) {
      NodeTuple entry = YamlTree.entries(mapping).get("table");
      if (entry != null) {
        nameNode = entry.getValueNode();
      }
    }
    if (!(map.get("table") instanceof String name)) {
      problem(nameNode, "'table' must be a table name, e.g. table: db.events");
      return null;
    }
    String problem = CatalogTable.problem(name);
    if (problem != null) {
      problem(nameNode, problem);
      return null;
    }
    return DatasetRef.catalogTable(new CatalogTable(name), YamlTree.position(nameNode));
  }

  private static List<String> readerOptions() {
    List<String> known = new ArrayList<>(FileDataset.CSV_OPTIONS);
    known.add(CsvColumnTypes.OPTION);
    known.sort(null);
    return known;
  }

  /**
   * Reads {@code types: {column: TYPE, ...}} into {@code types}; false, with a problem at the
   * offending entry, if a type is not on the allow-list.
   */
  private boolean types(Node node, @Nullable Object value, Map<String, String> types) {
    String accepted = "accepted types: " + String.join(", ", CsvColumnTypes.ACCEPTED);
    if (!(value instanceof Map<?, ?> given) || given.isEmpty()) {
      problem(
          node,
          "'types' must map column names to types, e.g. types: {flag: VARCHAR, amount: DOUBLE}; "
              + accepted);
      return false;
    }
    for (Map.Entry<?, ?> e : given.entrySet()) {
      String column = String.valueOf(e.getKey());
      Node at = entryValue(node, column);
      if (!(e.getValue() instanceof String type)) {
        problem(
            at,
            "the type of column '%s' in 'types' must be a type name such as VARCHAR, found %s; %s"
                .formatted(column, e.getValue(), accepted));
        return false;
      }
      String problem =
          CsvColumnTypes.problem(
              column, type, NearestNames.didYouMean(type, CsvColumnTypes.names()));
      if (problem != null) {
        problem(at, problem);
        return false;
      }
      types.put(column, type);
    }
    return true;
  }

  /** The value node of one entry of a mapping, for positions; the mapping if not found. */
  private static Node entryValue(Node mapping, String key) {
    if (mapping instanceof MappingNode m) {
      NodeTuple entry = YamlTree.entries(m).get(key);
      if (entry != null) {
        return entry.getValueNode();
      }
    }
    return mapping;
  }

  /** The value node of one reader option, for positions; the dataset node if not found. */
  private static Node optionNode(Node dataset, String key) {
    if (dataset instanceof MappingNode mapping) {
      NodeTuple options = YamlTree.entries(mapping).get("options");
      if (options != null && options.getValueNode() instanceof MappingNode given) {
        NodeTuple option = YamlTree.entries(given).get(key);
        if (option != null) {
          return option.getValueNode();
        }
      }
    }
    return dataset;
  }

  private List<SuiteEntry> expectations(Node node) {
    if (!(node instanceof SequenceNode sequence)) {
      problem(node, "'expectations' must be a list of '- expect: <type>' items");
      return List.of();
    }
    List<SuiteEntry> entries = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    Map<String, Integer> idLines = new HashMap<>();
    for (Node item : sequence.getValue()) {
      entries.add(entry(item, seen, idLines));
    }
    return entries;
  }

  private SuiteEntry entry(Node item, Map<String, Integer> seen, Map<String, Integer> idLines) {
    SourcePosition at = YamlTree.position(item);
    int endLine = YamlTree.endLine(item);
    if (!(item instanceof MappingNode mapping)) {
      return invalid(
          unique("expectation", seen),
          at,
          endLine,
          at,
          "each expectation must be a mapping starting with 'expect: <type>'");
    }
    Map<String, NodeTuple> keys;
    Map<String, Object> raw;
    try {
      keys = YamlTree.entries(mapping);
      @SuppressWarnings("unchecked")
      Map<String, Object> value = (Map<String, Object>) YamlTree.value(mapping);
      raw = Objects.requireNonNull(value, "a mapping node's value is a map");
    } catch (YamlTree.ShapeException e) {
      return invalid(unique("expectation", seen), at, endLine, e.position(), e.getMessage());
    }
    String id = raw.get("id") instanceof String s ? s : null;
    if (id != null && idLines.containsKey(id)) {
      return invalid(
          unique(id, seen),
          at,
          endLine,
          YamlTree.position(Objects.requireNonNull(keys.get("id"), "id was read").getValueNode()),
          "duplicate expectation id '%s' (first used on line %d); ids must be unique within a suite"
              .formatted(id, idLines.get(id)));
    }
    if (id != null) {
      idLines.put(id, at.line());
    }
    try {
      ExpectationSpec spec = ExpectationSpec.parse(catalog, raw);
      return new SuiteEntry(unique(spec.name(), seen), at, endLine, spec, null);
    } catch (InvalidExpectationException e) {
      InvalidExpectationException.Problem first = e.problems().get(0);
      SourcePosition where =
          first.key() != null && keys.containsKey(first.key())
              ? YamlTree.position(
                  YamlTree.descend(keys.get(first.key()).getValueNode(), first.path()))
              : at;
      String message =
          e.problems().stream()
              .map(InvalidExpectationException.Problem::toString)
              .reduce((a, b) -> a + "; " + b)
              .orElse("");
      return invalid(unique(fallbackName(raw), seen), at, endLine, where, message);
    }
  }

  private SuiteEntry invalid(
      String name, SourcePosition at, int endLine, SourcePosition where, String message) {
    return new SuiteEntry(name, at, endLine, null, new SuiteProblem(location, where, message));
  }

  private static String fallbackName(Map<String, Object> raw) {
    if (raw.get("id") instanceof String id) {
      return id;
    }
    String key = raw.get("expect") instanceof String k ? k : "expectation";
    Object column = raw.containsKey("column") ? raw.get("column") : raw.get("columns");
    if (column instanceof List<?> list) {
      column = String.join(",", list.stream().map(String::valueOf).toList());
    }
    return column == null ? key : key + "[" + column + "]";
  }

  private static String unique(String name, Map<String, Integer> seen) {
    int n = seen.merge(name, 1, Integer::sum);
    return n == 1 ? name : name + "#" + n;
  }

  private void problem(Node node, String message) {
    problems.add(new SuiteProblem(location, YamlTree.position(node), message));
  }
}
