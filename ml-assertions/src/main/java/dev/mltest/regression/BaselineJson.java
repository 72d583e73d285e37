package dev.mltest.regression;

import dev.mltest.json.Json;
import dev.mltest.lineage.CodeProvenance;
import dev.mltest.lineage.DatasetProvenance;
import dev.mltest.lineage.EnvironmentProvenance;
import dev.mltest.lineage.ModelProvenance;
import dev.mltest.lineage.RunProvenance;
import dev.mltest.lineage.SampleDefinition;
import dev.mltest.lineage.TrainerConfiguration;
import dev.mltest.regression.JsonTree.ArrayNode;
import dev.mltest.regression.JsonTree.BooleanNode;
import dev.mltest.regression.JsonTree.Node;
import dev.mltest.regression.JsonTree.NullNode;
import dev.mltest.regression.JsonTree.NumberNode;
import dev.mltest.regression.JsonTree.ObjectNode;
import dev.mltest.regression.JsonTree.TextNode;
import dev.mltest.text.NearestNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Maps baselines to and from JSON; every problem names the file, line and column. */
final class BaselineJson {
  private static final Set<String> TOP = Set.of("format", "test", "updated", "metrics", "lineage");
  private static final Set<String> METRIC =
      Set.of("value", "direction", "absTol", "relTol", "min", "max", "definition");

  /** What a baseline says where git could not tell the commit or the dirty flag. */
  private static final String UNKNOWN = "unknown";

  private static final Map<String, Double> NON_FINITE =
      Map.of(
          "NaN", Double.NaN,
          "Infinity", Double.POSITIVE_INFINITY,
          "-Infinity", Double.NEGATIVE_INFINITY);

  private final String file;

  private BaselineJson(String file) {
    this.file = file;
  }

  static String write(Baseline baseline) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", Baseline.FORMAT);
    if (baseline.test() != null) {
      root.put("test", baseline.test());
    }
    if (baseline.updated() != null) {
      root.put("updated", baseline.updated());
    }
    Map<String, Object> metrics = new LinkedHashMap<>();
    baseline.metrics().forEach((name, metric) -> metrics.put(name, metric(metric)));
    root.put("metrics", metrics);
    if (baseline.lineage() != null) {
      root.put("lineage", lineage(baseline.lineage()));
    }
    return Json.write(root);
  }

  private static Map<String, Object> metric(BaselineMetric metric) {
    Map<String, Object> out = new LinkedHashMap<>();
    MetricSpec spec = metric.spec();
    out.put("value", metric.value());
    putIfSet(out, "direction", spec.direction() == null ? null : spec.direction().key());
    putIfSet(out, "absTol", spec.absTol());
    putIfSet(out, "relTol", spec.relTol());
    putIfSet(out, "min", spec.min());
    putIfSet(out, "max", spec.max());
    putIfSet(out, "definition", metric.definition());
    return out;
  }

  static Map<String, Object> lineage(ModelProvenance lineage) {
    Map<String, Object> out = new LinkedHashMap<>();
    List<Object> data = new ArrayList<>();
    for (DatasetProvenance file : lineage.data()) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("path", file.path());
      f.put("sha256", file.sha256());
      f.put("bytes", file.bytes());
      putIfSet(f, "dvcMd5", file.dvcMd5());
      data.add(f);
    }
    out.put("data", data);
    SampleDefinition s = lineage.sample();
    Map<String, Object> sample = new LinkedHashMap<>();
    sample.put("label", s.label());
    sample.put("features", s.features());
    putIfSet(sample, "fraction", s.fraction());
    putIfSet(sample, "size", s.size());
    sample.put("stratified", s.stratified());
    sample.put("testFraction", s.testFraction());
    sample.put("algorithm", s.algorithm());
    out.put("sample", sample);
    out.put("seed", lineage.seed());
    Map<String, Object> trainer = new LinkedHashMap<>();
    trainer.put("class", lineage.trainer().className());
    trainer.put("parameters", new LinkedHashMap<String, Object>(lineage.trainer().parameters()));
    out.put("trainer", trainer);
    CodeProvenance code = lineage.run().code();
    Map<String, Object> git = new LinkedHashMap<>();
    git.put("commit", code.commit() == null ? UNKNOWN : code.commit());
    git.put("dirty", code.dirty() == null ? UNKNOWN : code.dirty());
    putIfSet(git, "branch", code.branch());
    out.put("git", git);
    out.put("versions", new TreeMap<String, Object>(lineage.run().environment().versions()));
    out.put("trainRows", lineage.trainRows());
    out.put("testRows", lineage.testRows());
    return out;
  }

  private static void putIfSet(Map<String, Object> out, String key, @Nullable Object value) {
    if (value != null) {
      out.put(key, value);
    }
  }

  /**
   * Parses a baseline file's text.
   *
   * @throws BaselineFileException naming the file, line and column of the first problem
   */
  static Baseline read(String file, String text) {
    Node root;
    try {
      root = JsonTree.parse(text);
    } catch (JsonTree.SyntaxError e) {
      throw new BaselineFileException(file, e.line, e.column, "not valid JSON: " + e.getMessage());
    }
    return new BaselineJson(file).baseline(root);
  }

  private Baseline baseline(Node root) {
    ObjectNode object = object(root, "the baseline");
    checkKeys(object, TOP, "baseline");
    Node format = object.members().get("format");
    if (format != null && !Baseline.FORMAT.equals(text(format, "format"))) {
      throw error(
          format,
          "unsupported format '%s'; expected '%s'"
              .formatted(text(format, "format"), Baseline.FORMAT));
    }
    Node metricsNode = object.members().get("metrics");
    if (metricsNode == null) {
      throw error(object, "missing \"metrics\": an object of metric name to {\"value\": ...}");
    }
    Map<String, BaselineMetric> metrics = new LinkedHashMap<>();
    object(metricsNode, "\"metrics\"")
        .members()
        .forEach((name, node) -> metrics.put(name, metric(name, node)));
    Node lineage = object.members().get("lineage");
    return new Baseline(
        optionalText(object, "test"),
        optionalText(object, "updated"),
        metrics,
        lineage == null || lineage instanceof NullNode ? null : lineage(lineage));
  }

  private BaselineMetric metric(String name, Node node) {
    if (node instanceof NumberNode n) {
      return new BaselineMetric(n.value(), MetricSpec.of(name));
    }
    ObjectNode object = object(node, "metric \"" + name + "\"");
    checkKeys(object, METRIC, "metric \"" + name + "\"");
    Node value = object.members().get("value");
    if (value == null) {
      throw error(object, "metric \"%s\" has no \"value\"".formatted(name));
    }
    Direction direction = null;
    Node d = object.members().get("direction");
    if (d != null) {
      String key = text(d, "direction");
      direction =
          Direction.fromKey(key)
              .orElseThrow(
                  () ->
                      error(
                          d,
                          "direction must be higher, lower or two-sided, not '%s'".formatted(key)));
    }
    try {
      return new BaselineMetric(
          number(value, "value"),
          new MetricSpec(
              name,
              direction,
              optionalNumber(object, "absTol"),
              optionalNumber(object, "relTol"),
              optionalNumber(object, "min"),
              optionalNumber(object, "max")),
          optionalText(object, "definition"));
    } catch (IllegalArgumentException e) {
      throw error(object, Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }
  }

  private ModelProvenance lineage(Node node) {
    ObjectNode object = object(node, "\"lineage\"");
    List<DatasetProvenance> data = new ArrayList<>();
    Node dataNode = required(object, "data");
    if (!(dataNode instanceof ArrayNode array)) {
      throw error(dataNode, "\"data\" must be an array, not " + dataNode.kind());
    }
    for (Node element : array.elements()) {
      ObjectNode f = object(element, "a data file");
      data.add(
          new DatasetProvenance(
              text(required(f, "path"), "path"),
              text(required(f, "sha256"), "sha256"),
              (long) number(required(f, "bytes"), "bytes"),
              optionalText(f, "dvcMd5")));
    }
    ObjectNode s = object(required(object, "sample"), "\"sample\"");
    List<String> features = new ArrayList<>();
    Node featureNode = required(s, "features");
    if (!(featureNode instanceof ArrayNode fa)) {
      throw error(featureNode, "\"features\" must be an array, not " + featureNode.kind());
    }
    for (Node f : fa.elements()) {
      features.add(text(f, "feature"));
    }
    Double size = optionalNumber(s, "size");
    SampleDefinition sample =
        new SampleDefinition(
            text(required(s, "label"), "label"),
            features,
            optionalNumber(s, "fraction"),
            size == null ? null : size.longValue(),
            bool(required(s, "stratified"), "stratified"),
            number(required(s, "testFraction"), "testFraction"),
            text(required(s, "algorithm"), "algorithm"));
    ObjectNode t = object(required(object, "trainer"), "\"trainer\"");
    Map<String, String> parameters = new LinkedHashMap<>();
    Node params = t.members().get("parameters");
    if (params != null) {
      object(params, "\"parameters\"").members().forEach((k, v) -> parameters.put(k, scalar(v)));
    }
    Map<String, String> versions = new LinkedHashMap<>();
    Node v = object.members().get("versions");
    if (v != null) {
      object(v, "\"versions\"").members().forEach((k, value) -> versions.put(k, scalar(value)));
    }
    CodeProvenance git = CodeProvenance.UNKNOWN;
    Node g = object.members().get("git");
    if (g != null) {
      ObjectNode go = object(g, "\"git\"");
      Node dirty = go.members().get("dirty");
      String commit = text(required(go, "commit"), "commit");
      git =
          new CodeProvenance(
              UNKNOWN.equals(commit) ? null : commit,
              dirty instanceof BooleanNode b ? b.value() : null,
              optionalText(go, "branch"));
    }
    Double trainRows = optionalNumber(object, "trainRows");
    Double testRows = optionalNumber(object, "testRows");
    return new ModelProvenance(
        new RunProvenance(git, new EnvironmentProvenance(versions), data),
        sample,
        (long) number(required(object, "seed"), "seed"),
        new TrainerConfiguration(text(required(t, "class"), "class"), parameters),
        trainRows == null ? 0 : trainRows.longValue(),
        testRows == null ? 0 : testRows.longValue());
  }

  private void checkKeys(ObjectNode object, Set<String> known, String what) {
    for (String key : object.members().keySet()) {
      if (!known.contains(key)) {
        Node at = object.members().get(key);
        throw error(
            at,
            "unknown key \"%s\" in %s%s; known keys: %s"
                .formatted(
                    key,
                    what,
                    NearestNames.didYouMean(key, known),
                    String.join(", ", known.stream().sorted().toList())));
      }
    }
  }

  private ObjectNode object(Node node, String what) {
    if (node instanceof ObjectNode o) {
      return o;
    }
    throw error(node, "%s must be a JSON object, not %s".formatted(what, node.kind()));
  }

  private Node required(ObjectNode object, String key) {
    Node node = object.members().get(key);
    if (node == null) {
      throw error(object, "missing \"%s\"".formatted(key));
    }
    return node;
  }

  private String text(Node node, String what) {
    if (node instanceof TextNode t) {
      return t.value();
    }
    throw error(node, "\"%s\" must be a string, not %s".formatted(what, node.kind()));
  }

  private @Nullable String optionalText(ObjectNode object, String key) {
    Node node = object.members().get(key);
    return node == null || node instanceof NullNode ? null : text(node, key);
  }

  private double number(Node node, String what) {
    if (node instanceof NumberNode n) {
      return n.value();
    }
    // non-finite numbers are written as strings (see dev.mltest.json.Json)
    if (node instanceof TextNode t && NON_FINITE.containsKey(t.value())) {
      return NON_FINITE.get(t.value());
    }
    throw error(node, "\"%s\" must be a number, not %s".formatted(what, node.kind()));
  }

  private @Nullable Double optionalNumber(ObjectNode object, String key) {
    Node node = object.members().get(key);
    return node == null || node instanceof NullNode ? null : number(node, key);
  }

  private boolean bool(Node node, String what) {
    if (node instanceof BooleanNode b) {
      return b.value();
    }
    throw error(node, "\"%s\" must be true or false, not %s".formatted(what, node.kind()));
  }

  private static String scalar(Node node) {
    if (node instanceof TextNode t) {
      return t.value();
    }
    if (node instanceof NumberNode n) {
      return n.integral() ? Long.toString((long) n.value()) : Double.toString(n.value());
    }
    if (node instanceof BooleanNode b) {
      return Boolean.toString(b.value());
    }
    return "null";
  }

  private BaselineFileException error(Node node, String problem) {
    return new BaselineFileException(file, node.line(), node.column(), problem);
  }
}
