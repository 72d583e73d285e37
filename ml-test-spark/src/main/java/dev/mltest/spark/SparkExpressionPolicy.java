package dev.mltest.spark;

import dev.mltest.data.SqlExpressionPolicy;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.catalyst.analysis.UnresolvedFunction;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.SubqueryExpression;
import org.apache.spark.sql.catalyst.parser.CatalystSqlParser$;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Decides whether a user-written SQL expression ({@code where}, {@code rowPredicate}) may run on
 * Spark. The portable subset is what both backends accept: the expression must first pass the
 * DuckDB backend's {@link SqlExpressionPolicy} (one expression, no statements, no subqueries, no
 * functions that reach files or settings), then Spark's own parser, and Spark's tree is checked
 * again for subqueries and for the functions that call Java code ({@code reflect}, {@code
 * java_method}). A backslash is refused: DuckDB reads it in a string literal as itself, Spark as an
 * escape, so the same text would mean two things.
 */
final class SparkExpressionPolicy {
  private static final Set<String> REFUSED_FUNCTIONS =
      Set.of("reflect", "java_method", "try_reflect", "input_file_name", "input_file_block_start");

  private static final Map<String, Optional<String>> CACHE = new ConcurrentHashMap<>();

  private SparkExpressionPolicy() {}

  /** Why the expression may not run on Spark, or empty if it may. */
  static Optional<String> refusal(String expression) {
    Optional<String> cached = CACHE.get(expression);
    if (cached != null) {
      return cached;
    }
    Optional<String> answer = decide(expression);
    if (CACHE.size() > 1_024) {
      CACHE.clear();
    }
    CACHE.put(expression, answer);
    return answer;
  }

  /**
   * @throws RefusedExpressionException with the {@link #refusal} message
   */
  static void requireAllowed(String expression) {
    Optional<String> refusal = refusal(expression);
    if (refusal.isPresent()) {
      throw new RefusedExpressionException(refusal.get());
    }
  }

  private static Optional<String> decide(String expression) {
    Optional<String> portable = SqlExpressionPolicy.refusal(expression);
    if (portable.isPresent()) {
      return portable;
    }
    if (expression.indexOf('\\') >= 0) {
      return Optional.of(
          "the Spark backend refuses a backslash in the SQL expression '%s': DuckDB and Spark read it differently in string literals; write the character itself"
              .formatted(expression));
    }
    Expression tree;
    try {
      tree = CatalystSqlParser$.MODULE$.parseExpression(expression);
    } catch (Exception e) {
      // ParseException is checked in Java's eyes only when declared; Scala declares nothing.
      return Optional.of(
          "the Spark backend cannot parse the SQL expression '%s': %s"
              .formatted(expression, SparkMessages.concise(e)));
    }
    return refusedPart(tree)
        .map(
            part ->
                "the Spark backend refuses %s in '%s'; %s"
                    .formatted(
                        part, expression, "write one expression over the dataset's columns"));
  }

  private static Optional<String> refusedPart(Expression node) {
    if (node instanceof SubqueryExpression) {
      return Optional.of("a subquery");
    }
    if (node instanceof UnresolvedFunction f) {
      String name =
          String.join(".", CollectionConverters.asJava(f.nameParts())).toLowerCase(Locale.ROOT);
      if (REFUSED_FUNCTIONS.contains(name) || name.contains(".")) {
        return Optional.of("the function " + name + "()");
      }
    }
    for (Expression child : CollectionConverters.asJava(node.children())) {
      Optional<String> refused = refusedPart(child);
      if (refused.isPresent()) {
        return refused;
      }
    }
    return Optional.empty();
  }

  /** A user SQL expression that the policy refuses. */
  static final class RefusedExpressionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    RefusedExpressionException(String message) {
      super(message);
    }
  }
}
