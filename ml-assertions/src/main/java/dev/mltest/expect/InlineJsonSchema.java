package dev.mltest.expect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.re2j.Pattern;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.ClasspathSchemaLoader;
import com.networknt.schema.resource.SchemaLoader;
import dev.mltest.data.DatabaseMessages;
import dev.mltest.data.TextJudge;
import dev.mltest.logging.QuietLibraries;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A JSON Schema written inline in a suite, which is untrusted data: read from the YAML mapping,
 * bounded in size and depth, refused when any reference points outside the schema itself, checked
 * against its draft's meta-schema (2020-12 by default, or draft-07), and compiled once. The
 * validator can load nothing but the two meta-schemas bundled in its jar, so no suite can make it
 * fetch a URL or read a file; its patterns run in RE2, as every suite pattern does.
 *
 * <p>As a {@link TextJudge} it parses each value as strict JSON and validates it.
 */
final class InlineJsonSchema implements TextJudge {
  /** The most nodes (mappings, lists and scalars) a schema may hold. */
  static final int MAX_SCHEMA_NODES = 5_000;

  /** How deep a schema's mappings and lists may nest. */
  static final int MAX_SCHEMA_DEPTH = 32;

  /** The longest value, in characters, that is parsed and validated. */
  static final int MAX_VALUE_LENGTH = 1_000_000;

  /** How deep a value's JSON arrays and objects may nest. */
  static final int MAX_VALUE_DEPTH = 100;

  private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
  private static final String DRAFT_07 = "http://json-schema.org/draft-07/schema";

  /** Keywords whose value is data (an instance), not a schema: their contents are not keywords. */
  private static final Set<String> DATA_KEYWORDS = Set.of("const", "enum", "default", "examples");

  private static final Set<String> REFERENCES = Set.of("$ref", "$dynamicRef", "$recursiveRef");

  private static final ObjectMapper STRICT = strictMapper();

  static {
    // The validator logs through SLF4J, which prints "No SLF4J providers were found" to stderr in
    // a project without a binding; also from a plain Jupiter test, where no engine quieted it.
    QuietLibraries.apply();
  }

  private final String canonical;
  private final JsonSchema compiled;

  private InlineJsonSchema(String canonical, JsonSchema compiled) {
    this.canonical = canonical;
    this.compiled = compiled;
  }

  private static ObjectMapper strictMapper() {
    JsonMapper mapper =
        JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_VALUE_DEPTH)
                .maxStringLength(MAX_VALUE_LENGTH)
                .maxNumberLength(1_000)
                .build());
    return mapper;
  }

  /**
   * Reads a schema from a suite's parsed YAML (a mapping, or {@code true}/{@code false}).
   *
   * @throws NestedValueException naming the node that is wrong and why
   */
  static InlineJsonSchema read(@Nullable Object raw) {
    if (!(raw instanceof Map<?, ?> || raw instanceof Boolean)) {
      throw new IllegalArgumentException(
          "expected a JSON Schema written as a mapping (or true/false), found "
              + ParameterType.describe(raw));
    }
    int[] nodes = {0};
    JsonNode schema = toJson(raw, new ArrayList<>(), nodes, true);
    VersionFlag version = VersionFlag.V202012;
    if (schema.isObject() && schema.has("$schema")) {
      Optional<VersionFlag> declared =
          schema.get("$schema").isTextual()
              ? draft(schema.get("$schema").asText())
              : Optional.empty();
      if (declared.isEmpty()) {
        throw new NestedValueException(
            List.of("$schema"),
            "'$schema' must be %s (the default) or %s".formatted(DRAFT_2020_12, DRAFT_07));
      }
      version = declared.get();
    }
    JsonSchemaFactory factory = Factories.of(version);
    Set<ValidationMessage> invalid = Factories.metaSchema(version).validate(schema);
    List<String> metaProblems = messages(invalid, Integer.MAX_VALUE);
    if (!metaProblems.isEmpty()) {
      throw new NestedValueException(
          pathOf(invalid.iterator().next().getInstanceLocation()),
          "not a valid %s schema: %s"
              .formatted(
                  version == VersionFlag.V7 ? "draft-07" : "draft 2020-12",
                  String.join("; ", metaProblems.subList(0, Math.min(3, metaProblems.size())))));
    }
    JsonSchema compiled;
    try {
      compiled = factory.getSchema(schema, Factories.config());
      compiled.initializeValidators();
      // A reference cycle that never descends into the value ({"$ref": "#"}) recurses forever.
      for (JsonNode probe :
          List.<JsonNode>of(
              JsonNodeFactory.instance.objectNode(),
              JsonNodeFactory.instance.arrayNode(),
              JsonNodeFactory.instance.nullNode())) {
        compiled.validate(probe);
      }
    } catch (StackOverflowError e) {
      throw new IllegalArgumentException(
          "the schema refers to itself without descending into the value ($ref cycle), so"
              + " validating any value would never end");
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "the JSON Schema cannot be compiled: " + DatabaseMessages.concise(e.getMessage()), e);
    }
    return new InlineJsonSchema(schema.toString(), compiled);
  }

  /** A validator's location of a node as mapping keys and list indexes. */
  private static List<Object> pathOf(JsonNodePath location) {
    List<Object> path = new ArrayList<>();
    for (int i = 0; i < location.getNameCount(); i++) {
      path.add(location.getElement(i));
    }
    return path;
  }

  private static Optional<VersionFlag> draft(String uri) {
    String bare = uri.endsWith("#") ? uri.substring(0, uri.length() - 1) : uri;
    if (bare.equals(DRAFT_2020_12)) {
      return Optional.of(VersionFlag.V202012);
    }
    if (bare.equals(DRAFT_07)) {
      return Optional.of(VersionFlag.V7);
    }
    return Optional.empty();
  }

  /**
   * Converts the YAML tree to JSON, counting nodes and refusing what could reach outside: a
   * reference to anything but a fragment of this schema, an unknown {@code $schema}, a pattern RE2
   * cannot run.
   *
   * @param keywords whether the mapping keys here are keywords (false inside {@code const} and
   *     other data keywords, whose contents are values)
   */
  private static JsonNode toJson(Object raw, List<Object> path, int[] nodes, boolean keywords) {
    if (++nodes[0] > MAX_SCHEMA_NODES) {
      throw new NestedValueException(
          path,
          "the JSON Schema has more than %,d nodes; split the check or simplify the schema"
              .formatted(MAX_SCHEMA_NODES));
    }
    if (path.size() > MAX_SCHEMA_DEPTH) {
      throw new NestedValueException(
          path, "the JSON Schema nests more than %d levels deep".formatted(MAX_SCHEMA_DEPTH));
    }
    JsonNodeFactory json = JsonNodeFactory.instance;
    if (raw == null) {
      return json.nullNode();
    } else if (raw instanceof Boolean b) {
      return json.booleanNode(b);
    } else if (raw instanceof String s) {
      return json.textNode(s);
    } else if (raw instanceof Long l) {
      return json.numberNode(l);
    } else if (raw instanceof BigInteger b) {
      return json.numberNode(b);
    } else if (raw instanceof Double d) {
      if (!Double.isFinite(d)) {
        throw new NestedValueException(path, "JSON has no number " + d + "; write a finite one");
      }
      return json.numberNode(d);
    } else if (raw instanceof List<?> list) {
      ArrayNode array = json.arrayNode();
      for (int i = 0; i < list.size(); i++) {
        path.add(i);
        array.add(toJson(list.get(i), path, nodes, keywords));
        path.remove(path.size() - 1);
      }
      return array;
    } else if (raw instanceof Map<?, ?> map) {
      ObjectNode object = json.objectNode();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        path.add(key);
        if (keywords) {
          checkKeyword(key, e.getValue(), path);
        }
        object.set(
            key, toJson(e.getValue(), path, nodes, keywords && !DATA_KEYWORDS.contains(key)));
        path.remove(path.size() - 1);
      }
      return object;
    }
    throw new NestedValueException(
        path, "a JSON Schema holds only JSON values, found " + ParameterType.describe(raw));
  }

  private static void checkKeyword(String key, Object value, List<Object> path) {
    if (REFERENCES.contains(key) && value instanceof String ref && !ref.startsWith("#")) {
      throw new NestedValueException(
          path,
          ("'%s: %s' points outside this schema; MLTest never fetches a URL or reads a file for a"
                  + " suite, so a schema may refer only to its own parts ('#/$defs/name'). Copy"
                  + " the referenced schema into '$defs' and refer to it there")
              .formatted(key, ref));
    }
    if (key.equals("$schema") && value instanceof String uri && draft(uri).isEmpty()) {
      throw new NestedValueException(
          path,
          "unsupported '$schema: %s'; write %s (the default) or %s"
              .formatted(uri, DRAFT_2020_12, DRAFT_07));
    }
    if (key.equals("pattern") && value instanceof String regex) {
      compileRegex(regex, path);
    }
    if (key.equals("patternProperties") && value instanceof Map<?, ?> patterns) {
      for (Object regex : patterns.keySet()) {
        path.add(String.valueOf(regex));
        compileRegex(String.valueOf(regex), path);
        path.remove(path.size() - 1);
      }
    }
  }

  private static void compileRegex(String regex, List<Object> path) {
    try {
      RegexSyntax.compile(regex);
    } catch (IllegalArgumentException e) {
      throw new NestedValueException(
          path, Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }
  }

  @Override
  public int maxLength() {
    return MAX_VALUE_LENGTH;
  }

  @Override
  public Optional<String> problem(String text) {
    JsonNode value;
    try {
      value = STRICT.readTree(text);
    } catch (StreamConstraintsException e) {
      return Optional.of(
          "not validated: nested more than %d levels deep".formatted(MAX_VALUE_DEPTH));
    } catch (JsonProcessingException e) {
      return Optional.of("not JSON: " + DatabaseMessages.concise(e.getOriginalMessage()));
    }
    if (value == null || value.isMissingNode()) {
      return Optional.of("not JSON: no value");
    }
    List<String> problems;
    try {
      problems = messages(compiled.validate(value), 2);
    } catch (StackOverflowError e) {
      return Optional.of("not validated: the schema's references recurse too deep for this value");
    }
    if (problems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(String.join("; ", problems));
  }

  /** At most {@code limit} messages, then how many more there are. */
  private static List<String> messages(Set<ValidationMessage> found, int limit) {
    List<String> out = new ArrayList<>();
    for (ValidationMessage m : found) {
      if (out.size() == limit) {
        out.add("%d more".formatted(found.size() - limit));
        break;
      }
      out.add(m.getMessage());
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InlineJsonSchema other && other.canonical.equals(canonical);
  }

  @Override
  public int hashCode() {
    return canonical.hashCode();
  }

  @Override
  public String toString() {
    return canonical;
  }

  /**
   * The validator's factories and meta-schemas, built on first use: a suite without {@code
   * matchesJsonSchema} never loads the validator.
   */
  private static final class Factories {
    private static final SchemaLoader CLASSPATH = new ClasspathSchemaLoader();

    /** Loads the bundled meta-schemas and nothing else: never a URL, never a file. */
    private static final SchemaLoader BUNDLED_ONLY =
        iri -> iri.toString().startsWith("classpath:draft") ? CLASSPATH.getSchema(iri) : null;

    private static final JsonSchemaFactory V202012 = factory(VersionFlag.V202012);
    private static final JsonSchemaFactory V7 = factory(VersionFlag.V7);
    private static final JsonSchema META_202012 =
        V202012.getSchema(SchemaLocation.of(DRAFT_2020_12), config());
    private static final JsonSchema META_7 = V7.getSchema(SchemaLocation.of(DRAFT_07), config());

    private static JsonSchemaFactory factory(VersionFlag version) {
      return JsonSchemaFactory.getInstance(
          version,
          b ->
              b.schemaLoaders(
                  loaders ->
                      loaders.values(
                          list -> {
                            list.clear();
                            list.add(BUNDLED_ONLY);
                          })));
    }

    static JsonSchemaFactory of(VersionFlag version) {
      return version == VersionFlag.V7 ? V7 : V202012;
    }

    static JsonSchema metaSchema(VersionFlag version) {
      return version == VersionFlag.V7 ? META_7 : META_202012;
    }

    /**
     * {@code format} is an annotation, as in draft 2020-12 by default and in Great Expectations
     * (Python {@code jsonschema} without a format checker); patterns run in RE2.
     */
    static SchemaValidatorsConfig config() {
      return SchemaValidatorsConfig.builder()
          .formatAssertionsEnabled(false)
          .pathType(PathType.JSON_PATH)
          .regularExpressionFactory(
              regex -> {
                Pattern p = RegexSyntax.compile(regex);
                return value -> p.matcher(value).find();
              })
          .build();
    }
  }
}
