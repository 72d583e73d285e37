package dev.mltest.suite;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Turns composed YAML nodes into plain values (String, Long, Double, Boolean, List, Map) without
 * constructing any object a tag asks for, and keeps the position of every node.
 */
final class YamlTree {
  private YamlTree() {}

  /**
   * A YAML construct MLTest does not accept (an explicit tag, a non-string key, a duplicate key).
   */
  static final class ShapeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Node node;

    ShapeException(Node node, String message) {
      super(message);
      this.node = node;
    }

    /** The message, which every constructor of this exception requires. */
    @Override
    public String getMessage() {
      return Objects.requireNonNull(super.getMessage());
    }

    SourcePosition position() {
      return YamlTree.position(node);
    }
  }

  static SourcePosition position(Node node) {
    return node.getStartMark()
        .map(m -> new SourcePosition(m.getLine() + 1, m.getColumn() + 1))
        .orElse(SourcePosition.START);
  }

  /**
   * How many nodes the tree holds once every alias is expanded, counting up to just past {@code
   * limit}. Aliases share their node, so this walks each distinct node once: an alias bomb is
   * measured in linear time, before anything expands it.
   */
  static long expandedSize(Node root, long limit) {
    return expandedSize(root, limit, new java.util.IdentityHashMap<>());
  }

  private static long expandedSize(Node node, long limit, Map<Node, Long> sizes) {
    Long known = sizes.get(node);
    if (known != null) {
      return known;
    }
    sizes.put(node, limit + 1); // a cycle counts as too big
    long size = 1;
    if (node instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        size = Math.min(limit + 1, size + expandedSize(item, limit, sizes));
      }
    } else if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        size =
            Math.min(
                limit + 1,
                size
                    + expandedSize(tuple.getKeyNode(), limit, sizes)
                    + expandedSize(tuple.getValueNode(), limit, sizes));
      }
    }
    sizes.put(node, size);
    return size;
  }

  /** The last line holding any of the node's scalars (a collection's end mark lies beyond it). */
  static int endLine(Node node) {
    if (node instanceof ScalarNode) {
      // An end mark at column 0 belongs to the next line: the scalar ended on the line before.
      return node.getEndMark()
          .map(m -> m.getColumn() == 0 ? m.getLine() : m.getLine() + 1)
          .map(line -> Math.max(line, position(node).line()))
          .orElse(position(node).line());
    }
    int last = position(node).line();
    if (node instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        last = Math.max(last, endLine(item));
      }
    } else if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        last = Math.max(last, Math.max(endLine(tuple.getKeyNode()), endLine(tuple.getValueNode())));
      }
    }
    return last;
  }

  /**
   * The node at {@code path} (mapping keys and list indexes) below {@code node}, or the deepest
   * node on the way that exists: a position is never lost for want of a node.
   */
  static Node descend(Node node, List<Object> path) {
    Node at = node;
    for (Object step : path) {
      Node next = null;
      if (at instanceof MappingNode mapping) {
        for (NodeTuple tuple : mapping.getValue()) {
          if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(step)) {
            next = tuple.getValueNode();
          }
        }
      } else if (at instanceof SequenceNode sequence
          && step instanceof Integer i
          && i >= 0
          && i < sequence.getValue().size()) {
        next = sequence.getValue().get(i);
      }
      if (next == null) {
        return at;
      }
      at = next;
    }
    return at;
  }

  /** The entries of a mapping node, keys as strings, in order. */
  static Map<String, NodeTuple> entries(MappingNode mapping) {
    Map<String, NodeTuple> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        throw new ShapeException(tuple.getKeyNode(), "keys must be plain names");
      }
      if (entries.put(key.getValue(), tuple) != null) {
        throw new ShapeException(key, "duplicate key '" + key.getValue() + "'");
      }
    }
    return entries;
  }

  static @Nullable Object value(Node node) {
    if (node instanceof ScalarNode scalar) {
      return scalar(scalar);
    }
    if (node instanceof SequenceNode sequence) {
      requirePlainTag(node, Tag.SEQ);
      List<@Nullable Object> list = new ArrayList<>();
      for (Node item : sequence.getValue()) {
        list.add(value(item));
      }
      return list;
    }
    MappingNode mapping = (MappingNode) node;
    requirePlainTag(node, Tag.MAP);
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    entries(mapping).forEach((k, tuple) -> map.put(k, value(tuple.getValueNode())));
    return map;
  }

  private static void requirePlainTag(Node node, Tag expected) {
    if (!node.getTag().equals(expected)) {
      throw new ShapeException(
          node,
          "YAML tags such as " + node.getTag().getValue() + " are not allowed in suite files");
    }
  }

  private static @Nullable Object scalar(ScalarNode node) {
    String text = node.getValue();
    Tag tag = node.getTag();
    if (tag.equals(Tag.STR)) {
      return text;
    }
    if (tag.equals(Tag.NULL)) {
      return null;
    }
    if (tag.equals(Tag.BOOL)) {
      return Boolean.parseBoolean(text.toLowerCase(Locale.ROOT));
    }
    if (tag.equals(Tag.INT)) {
      return integer(text);
    }
    if (tag.equals(Tag.FLOAT)) {
      return floating(text);
    }
    throw new ShapeException(
        node, "YAML tags such as " + tag.getValue() + " are not allowed in suite files");
  }

  private static Object integer(String text) {
    String t = text.replace("_", "");
    BigInteger value;
    if (t.startsWith("0x")) {
      value = new BigInteger(t.substring(2), 16);
    } else if (t.startsWith("0o")) {
      value = new BigInteger(t.substring(2), 8);
    } else {
      value = new BigInteger(t);
    }
    return value.bitLength() < 64 ? (Object) value.longValue() : (Object) value.doubleValue();
  }

  private static double floating(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.endsWith(".inf")) {
      return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (t.equals(".nan")) {
      return Double.NaN;
    }
    return Double.parseDouble(text);
  }
}
