package dev.mltest.data;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.mltest.json.Json;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a user-written SQL expression ({@code where}, {@code rowPredicate}) may run. A
 * suite file is untrusted data, so its SQL must be exactly one per-row expression over the
 * dataset's columns: DuckDB's own parser ({@code json_serialize_sql}) reads it, and anything other
 * than a single expression is refused — statements ({@code COPY}, {@code ATTACH}, {@code INSTALL}),
 * a second statement after {@code ;}, subqueries (the only way to reach a table function such as
 * {@code read_text} or {@code glob}), prepared-statement parameters, and functions that reach
 * files, the network, settings or the environment. The database is locked down as well ({@link
 * DuckDbBackend}); this check gives the precise message and keeps the SQL we build well-formed.
 *
 * <pre>{@code
 * SqlExpressionPolicy.refusal("amount > 0")                   // empty: allowed
 * SqlExpressionPolicy.refusal("(SELECT 1 FROM read_text('x'))") // "a subquery ... is not allowed"
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class SqlExpressionPolicy {
  /** Functions refused by name: they read files or settings, or run SQL of their own. */
  private static final Set<String> REFUSED_FUNCTIONS =
      Set.of(
          "glob",
          "query",
          "query_table",
          "getenv",
          "current_setting",
          "json_execute_serialized_sql",
          "sniff_csv",
          "checkpoint",
          "force_checkpoint",
          "iceberg_scan",
          "delta_scan",
          "sqlite_scan",
          "postgres_scan",
          "mysql_scan");

  /** Function-name prefixes refused: file readers, metadata and pragma functions. */
  private static final List<String> REFUSED_PREFIXES =
      List.of("read_", "parquet_", "duckdb_", "pragma_", "http_");

  private static final String PREFIX = "SELECT (";
  private static final int MAX_LENGTH = 10_000;
  private static final int CACHE_SIZE = 1_024;
  private static final JsonFactory JSON = Json.factory();
  private static final Map<String, Optional<String>> CACHE = new ConcurrentHashMap<>();
  private static @Nullable Connection parser;

  private SqlExpressionPolicy() {}

  /**
   * The SQL to splice where one boolean value is expected: the expression in parentheses, closed on
   * a new line so that a trailing {@code --} comment cannot swallow the closing parenthesis. Only
   * expressions without a {@link #refusal} may be wrapped.
   */
  static String wrap(String expression) {
    return "(" + expression + "\n)";
  }

  /**
   * Why the expression may not run, or empty if it may.
   *
   * @param expression the SQL as written in the suite
   * @return a message naming the refused construct and how to write the check instead
   */
  public static Optional<String> refusal(String expression) {
    Optional<String> cached = CACHE.get(expression);
    if (cached != null) {
      return cached;
    }
    Optional<String> answer = decide(expression);
    if (CACHE.size() >= CACHE_SIZE) {
      CACHE.clear();
    }
    CACHE.put(expression, answer);
    return answer;
  }

  /**
   * Throws if the expression may not run.
   *
   * @throws RefusedExpressionException with the {@link #refusal} message
   */
  static void requireAllowed(String expression) {
    Optional<String> refusal = refusal(expression);
    if (refusal.isPresent()) {
      throw new RefusedExpressionException(refusal.get());
    }
  }

  /** A user SQL expression that the policy refuses. */
  static final class RefusedExpressionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    RefusedExpressionException(String message) {
      super(message);
    }
  }

  private static Optional<String> decide(String expression) {
    if (expression.isBlank()) {
      return Optional.of("the SQL expression is empty");
    }
    if (expression.length() > MAX_LENGTH) {
      return Optional.of(
          "the SQL expression is %,d characters long; at most %,d are accepted"
              .formatted(expression.length(), MAX_LENGTH));
    }
    if (expression.indexOf('\0') >= 0) {
      return Optional.of("the SQL expression contains a NUL character");
    }
    String json;
    try {
      json = serialize(PREFIX + expression + "\n)");
    } catch (SQLException e) {
      return Optional.of(
          "the SQL expression cannot be checked: " + DatabaseMessages.concise(e.getMessage()));
    }
    Map<String, Object> tree;
    try {
      tree = object(json);
    } catch (IOException e) {
      return Optional.of("the SQL expression cannot be checked: " + e.getMessage());
    }
    return judge(tree).map(reason -> withStatement(expression, reason));
  }

  private static final Set<String> STATEMENT_KEYWORDS =
      Set.of(
          "COPY",
          "ATTACH",
          "DETACH",
          "INSTALL",
          "LOAD",
          "PRAGMA",
          "SET",
          "RESET",
          "CREATE",
          "DROP",
          "ALTER",
          "INSERT",
          "UPDATE",
          "DELETE",
          "EXPORT",
          "IMPORT",
          "CALL",
          "USE",
          "CHECKPOINT",
          "VACUUM");

  /** Names the statement a syntax error most likely comes from, the usual attack shape. */
  private static String withStatement(String expression, String reason) {
    if (!reason.startsWith("not a valid SQL expression")) {
      return reason;
    }
    if (expression.indexOf(';') >= 0) {
      return "only a single SQL expression is allowed, found ';' (a second statement); " + reason;
    }
    for (String word : expression.split("[^A-Za-z_]+")) {
      String upper = word.toUpperCase(java.util.Locale.ROOT);
      if (STATEMENT_KEYWORDS.contains(upper)) {
        return "only a single SQL expression is allowed, found %s (a statement); %s"
            .formatted(upper, reason);
      }
    }
    return reason;
  }

  private static synchronized String serialize(String sql) throws SQLException {
    Connection c = connection();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT json_serialize_sql(CAST(? AS VARCHAR))")) {
      ps.setString(1, sql);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  /** One parser-only database for the JVM, locked down: it never reads a file. */
  private static Connection connection() throws SQLException {
    if (parser == null || parser.isClosed()) {
      Connection c = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = c.createStatement()) {
        DuckDbSettings.parserOnly().apply(s);
        DuckDbLockdown.apply(s, List.of());
      }
      parser = c;
    }
    return parser;
  }

  @SuppressWarnings("unchecked")
  private static Optional<String> judge(Map<String, Object> tree) {
    if (Boolean.TRUE.equals(tree.get("error"))) {
      String message = String.valueOf(tree.get("error_message"));
      if (message.contains("Only SELECT statements")) {
        return Optional.of(
            "only a single SQL expression is allowed, not a statement (COPY, ATTACH, INSTALL,"
                + " SET, ...) or several statements separated by ';'");
      }
      return Optional.of(
          "not a valid SQL expression: "
              + DatabaseMessages.concise(message)
              + position(tree.get("position")));
    }
    List<Object> statements = (List<Object>) tree.getOrDefault("statements", List.of());
    if (statements.size() != 1) {
      return Optional.of("only a single SQL expression is allowed, found several statements");
    }
    Map<String, Object> node =
        (Map<String, Object>) ((Map<String, Object>) statements.get(0)).get("node");
    Optional<String> shape = shape(node);
    if (shape.isPresent()) {
      return shape;
    }
    // shape() accepts only a SELECT node whose select list has one entry.
    Map<String, Object> selectNode = Objects.requireNonNull(node);
    return refusedPart(
        ((List<Object>) Objects.requireNonNull(selectNode.get("select_list"))).get(0));
  }

  @SuppressWarnings("unchecked")
  private static Optional<String> shape(@Nullable Map<String, Object> node) {
    String extra =
        "only a single SQL expression is allowed; found a whole query around it"
            + " (FROM, WHERE, GROUP BY, UNION, LIMIT, an alias or a second expression)";
    if (node == null || !"SELECT_NODE".equals(node.get("type"))) {
      return Optional.of(extra);
    }
    List<Object> select = (List<Object>) node.getOrDefault("select_list", List.of());
    Map<String, Object> from = (Map<String, Object>) node.get("from_table");
    Map<String, Object> ctes = (Map<String, Object>) node.get("cte_map");
    boolean plain =
        select.size() == 1
            && "".equals(((Map<String, Object>) select.get(0)).get("alias"))
            && from != null
            && "EMPTY".equals(from.get("type"))
            && node.get("where_clause") == null
            && node.get("having") == null
            && node.get("qualify") == null
            && node.get("sample") == null
            && isEmptyList(node.get("modifiers"))
            && isEmptyList(node.get("group_expressions"))
            && isEmptyList(node.get("group_sets"))
            && (ctes == null || isEmptyList(ctes.get("map")));
    return plain ? Optional.empty() : Optional.of(extra);
  }

  private static boolean isEmptyList(@Nullable Object value) {
    return value == null || (value instanceof List<?> list && list.isEmpty());
  }

  @SuppressWarnings("unchecked")
  private static Optional<String> refusedPart(@Nullable Object value) {
    if (value instanceof List<?> list) {
      for (Object item : list) {
        Optional<String> found = refusedPart(item);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (!(value instanceof Map<?, ?>)) {
      return Optional.empty();
    }
    Map<String, Object> node = (Map<String, Object>) value;
    Object kind = node.get("class");
    String at = column(node.get("query_location"));
    if ("SUBQUERY".equals(kind) || "SELECT_NODE".equals(node.get("type"))) {
      return Optional.of(
          "a subquery (SELECT ...)%s is not allowed: the expression is judged on each row of the"
                  .formatted(at)
              + " dataset and may only use its columns, constants, operators and functions");
    }
    if ("TABLE_FUNCTION".equals(node.get("type"))) {
      return Optional.of("a table function%s is not allowed".formatted(at));
    }
    if ("PARAMETER".equals(kind)) {
      return Optional.of("a prepared-statement parameter ($1, ?)%s is not allowed".formatted(at));
    }
    if ("FUNCTION".equals(kind) && node.get("function_name") instanceof String name) {
      String lower = name.toLowerCase(java.util.Locale.ROOT);
      if (REFUSED_FUNCTIONS.contains(lower)
          || REFUSED_PREFIXES.stream().anyMatch(lower::startsWith)) {
        return Optional.of(
            ("the function %s()%s is not allowed: suite expressions may not read files,"
                    + " settings, the environment or the network")
                .formatted(name, at));
      }
    }
    for (Object child : node.values()) {
      Optional<String> found = refusedPart(child);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** " at column N" of the expression, from DuckDB's offset into the wrapped query. */
  private static String column(@Nullable Object location) {
    if (location instanceof Number n) {
      long offset = n.longValue() - PREFIX.length();
      if (offset >= 0 && offset < MAX_LENGTH) {
        return " at column " + (offset + 1);
      }
    }
    return "";
  }

  private static String position(@Nullable Object location) {
    if (location instanceof String s) {
      try {
        return column(Long.parseLong(s));
      } catch (NumberFormatException e) {
        return "";
      }
    }
    return column(location);
  }

  private static Map<String, Object> object(String json) throws IOException {
    try (JsonParser p = JSON.createParser(json)) {
      p.nextToken();
      Object value = read(p);
      if (value instanceof Map<?, ?>) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        return map;
      }
      throw new IOException("unexpected parser output");
    }
  }

  private static @Nullable Object read(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      Map<String, @Nullable Object> map = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        map.put(name, read(p));
      }
      return map;
    }
    if (token == JsonToken.START_ARRAY) {
      List<@Nullable Object> list = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        list.add(read(p));
      }
      return list;
    }
    return switch (token) {
      case VALUE_STRING -> p.getText();
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getNumberValue();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      default -> null;
    };
  }
}
