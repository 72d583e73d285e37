package dev.mltest.suite;

import dev.mltest.drift.ColumnKind;
import dev.mltest.drift.Correction;
import dev.mltest.drift.DatasetDriftRule;
import dev.mltest.drift.DriftConfig;
import dev.mltest.drift.DriftInputException;
import dev.mltest.drift.DriftMethod;
import dev.mltest.drift.DriftRule;
import dev.mltest.drift.MethodChoice;
import dev.mltest.expect.Severity;
import dev.mltest.text.NearestNames;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/** Reads a suite's {@code drift} section; a problem is kept on the section, never thrown. */
final class DriftSectionParser {
  static final List<String> KEYS =
      List.of(
          "reference",
          "rule",
          "columns",
          "exclude",
          "include",
          "method",
          "threshold",
          "numeric",
          "categorical",
          "perColumn",
          "datasetDrift",
          "outOfReferenceRange",
          "newCategories",
          "effectSize",
          "severity");
  private static final List<String> CHOICE_KEYS = List.of("method", "threshold");
  private static final List<String> RULE_KEYS = List.of("share", "correction");
  private static final List<String> EFFECT_KEYS = List.of("numeric", "categorical", "missing");

  private final String location;

  DriftSectionParser(String location) {
    this.location = location;
  }

  /** A problem at a node of the section. */
  private static final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Node node;

    Problem(Node node, String message) {
      super(message, null, false, false);
      this.node = node;
    }

    /** The message, which every constructor of this exception requires. */
    @Override
    public String getMessage() {
      return Objects.requireNonNull(super.getMessage());
    }
  }

  DriftSection parse(Node node, DatasetRefReader datasets) {
    SourcePosition at = YamlTree.position(node);
    try {
      if (!(node instanceof MappingNode mapping)) {
        throw new Problem(node, "'drift' must be a mapping with at least 'reference: <dataset>'");
      }
      Map<String, NodeTuple> keys = YamlTree.entries(mapping);
      for (Map.Entry<String, NodeTuple> e : keys.entrySet()) {
        if (!KEYS.contains(e.getKey())) {
          throw new Problem(
              e.getValue().getKeyNode(),
              "unknown drift key '%s'%s; drift keys: %s"
                  .formatted(
                      e.getKey(),
                      NearestNames.didYouMean(e.getKey(), KEYS),
                      String.join(", ", KEYS)));
        }
      }
      if (!keys.containsKey("reference")) {
        throw new Problem(node, "'drift' needs 'reference: <path to the reference dataset>'");
      }
      Node referenceNode = keys.get("reference").getValueNode();
      DatasetRef reference;
      try {
        reference = datasets.read(referenceNode);
      } catch (IllegalArgumentException e) {
        throw new Problem(referenceNode, "reference: " + e.getMessage());
      }
      Severity severity = Severity.ERROR;
      if (keys.containsKey("severity")) {
        Node node2 = keys.get("severity").getValueNode();
        severity =
            Severity.fromKey(String.valueOf(YamlTree.value(node2)))
                .orElseThrow(() -> new Problem(node2, "'severity' must be error or warn"));
      }
      return new DriftSection(reference, config(keys), at, null, severity);
    } catch (Problem p) {
      return new DriftSection(
          null,
          DriftConfig.defaults(),
          at,
          new SuiteProblem(location, YamlTree.position(p.node), p.getMessage()),
          Severity.ERROR);
    } catch (YamlTree.ShapeException e) {
      return new DriftSection(
          null,
          DriftConfig.defaults(),
          at,
          new SuiteProblem(location, e.position(), e.getMessage()),
          Severity.ERROR);
    }
  }

  /** Reads a dataset reference the way the suite's own {@code dataset} is read. */
  interface DatasetRefReader {
    /**
     * @throws IllegalArgumentException saying what is wrong with the reference
     */
    DatasetRef read(Node node);
  }

  private DriftConfig config(Map<String, NodeTuple> keys) {
    Map<ColumnKind, MethodChoice> byKind = new EnumMap<>(ColumnKind.class);
    if (keys.containsKey("numeric")) {
      byKind.put(ColumnKind.NUMERIC, choice(keys.get("numeric").getValueNode()));
    }
    if (keys.containsKey("categorical")) {
      byKind.put(ColumnKind.CATEGORICAL, choice(keys.get("categorical").getValueNode()));
    }
    Map<String, MethodChoice> byColumn = new LinkedHashMap<>();
    if (keys.containsKey("perColumn")) {
      Node perColumn = keys.get("perColumn").getValueNode();
      if (!(perColumn instanceof MappingNode columns)) {
        throw new Problem(perColumn, "'perColumn' maps column names to {method, threshold}");
      }
      YamlTree.entries(columns)
          .forEach((column, tuple) -> byColumn.put(column, choice(tuple.getValueNode())));
    }
    DriftRule rule = DriftRule.DEFAULT;
    if (keys.containsKey("rule")) {
      Node node = keys.get("rule").getValueNode();
      try {
        rule = DriftRule.fromKey(String.valueOf(YamlTree.value(node)));
      } catch (DriftInputException e) {
        throw new Problem(node, e.getMessage());
      }
    }
    DriftConfig.EffectThresholds effects = DriftConfig.EffectThresholds.DEFAULT;
    if (keys.containsKey("effectSize")) {
      Node node = keys.get("effectSize").getValueNode();
      Map<String, Object> values = mapping(node, EFFECT_KEYS, "effectSize");
      effects =
          new DriftConfig.EffectThresholds(
              values.containsKey("numeric")
                  ? ratio(node, values.get("numeric"), "effectSize.numeric")
                  : effects.numeric(),
              values.containsKey("categorical")
                  ? ratio(node, values.get("categorical"), "effectSize.categorical")
                  : effects.categorical(),
              values.containsKey("missing")
                  ? ratio(node, values.get("missing"), "effectSize.missing")
                  : effects.missing());
    }
    double share = DatasetDriftRule.DEFAULT_DRIFT_SHARE;
    Correction correction = rule.defaultCorrection();
    if (keys.containsKey("datasetDrift")) {
      Node ruleNode = keys.get("datasetDrift").getValueNode();
      Map<String, Object> values = mapping(ruleNode, RULE_KEYS, "datasetDrift");
      if (values.containsKey("share")) {
        share = ratio(ruleNode, values.get("share"), "share");
        if (share == 0) {
          throw new Problem(ruleNode, "'share' must be above 0");
        }
      }
      if (values.containsKey("correction")) {
        try {
          correction = Correction.fromKey(String.valueOf(values.get("correction")));
        } catch (DriftInputException e) {
          throw new Problem(ruleNode, e.getMessage());
        }
      }
    }
    return new DriftConfig(
        strings(keys, "columns"),
        strings(keys, "exclude"),
        choice(keys),
        byKind,
        byColumn,
        share,
        correction,
        optionalRatio(keys, "outOfReferenceRange"),
        optionalRatio(keys, "newCategories"),
        rule,
        effects,
        strings(keys, "include"),
        List.of());
  }

  private MethodChoice choice(Map<String, NodeTuple> keys) {
    DriftMethod method =
        keys.containsKey("method") ? method(keys.get("method").getValueNode()) : null;
    Double threshold =
        keys.containsKey("threshold") ? number(keys.get("threshold").getValueNode()) : null;
    return new MethodChoice(method, threshold);
  }

  private MethodChoice choice(Node node) {
    if (!(node instanceof MappingNode mapping)) {
      throw new Problem(node, "expected {method: <name>, threshold: <number>}");
    }
    Map<String, NodeTuple> keys = YamlTree.entries(mapping);
    for (Map.Entry<String, NodeTuple> e : keys.entrySet()) {
      if (!CHOICE_KEYS.contains(e.getKey())) {
        throw new Problem(
            e.getValue().getKeyNode(),
            "unknown key '%s'%s; expected method and/or threshold"
                .formatted(e.getKey(), NearestNames.didYouMean(e.getKey(), CHOICE_KEYS)));
      }
    }
    return choice(keys);
  }

  private DriftMethod method(Node node) {
    Object value = YamlTree.value(node);
    try {
      return DriftMethod.fromKey(String.valueOf(value));
    } catch (DriftInputException e) {
      throw new Problem(node, e.getMessage());
    }
  }

  private double number(Node node) {
    if (YamlTree.value(node) instanceof Number n) {
      return n.doubleValue();
    }
    throw new Problem(node, "expected a number");
  }

  private @Nullable Double optionalRatio(Map<String, NodeTuple> keys, String key) {
    if (!keys.containsKey(key)) {
      return null;
    }
    Node node = keys.get(key).getValueNode();
    return ratio(node, YamlTree.value(node), key);
  }

  private double ratio(Node node, @Nullable Object value, String key) {
    if (value instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 1) {
      return n.doubleValue();
    }
    throw new Problem(node, "'%s' must be a share from 0 to 1".formatted(key));
  }

  private List<String> strings(Map<String, NodeTuple> keys, String key) {
    if (!keys.containsKey(key)) {
      return List.of();
    }
    Node node = keys.get(key).getValueNode();
    Object value = YamlTree.value(node);
    if (value instanceof List<?> list
        && !list.isEmpty()
        && list.stream().allMatch(v -> v instanceof String)) {
      List<String> out = new ArrayList<>();
      list.forEach(v -> out.add((String) v));
      return out;
    }
    throw new Problem(node, "'%s' must be a non-empty list of column names".formatted(key));
  }

  private Map<String, Object> mapping(Node node, List<String> allowed, String key) {
    if (!(YamlTree.value(node) instanceof Map<?, ?> map)) {
      throw new Problem(
          node, "'%s' must be a mapping with %s".formatted(key, String.join(", ", allowed)));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String k = String.valueOf(e.getKey());
      if (!allowed.contains(k)) {
        throw new Problem(
            node,
            "unknown key '%s' in '%s'%s; expected %s"
                .formatted(
                    k, key, NearestNames.didYouMean(k, allowed), String.join(", ", allowed)));
      }
      out.put(k, e.getValue());
    }
    return out;
  }
}
