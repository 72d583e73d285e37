package dev.mltest.data;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A table in the Spark catalog ({@code db.events}, {@code catalog.db.events}): a Delta, Iceberg,
 * Hive or plain Spark table, or a temporary view, whichever the user's Spark setup provides.
 *
 * <p>The name comes from suite files, which are untrusted, so it is checked before any backend sees
 * it: one to three identifier parts of {@code [A-Za-z_][A-Za-z0-9_]*}, separated by dots.
 * Backticks, quotes, spaces and every other character are refused, so a name can never be more than
 * a name.
 *
 * <pre>{@code
 * Dataset events = Dataset.catalogTable("analytics.events");
 * }</pre>
 *
 * @param qualifiedName the name as written, e.g. {@code db.events}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CatalogTable(String qualifiedName) implements Dataset {

  /** At most {@code catalog.database.table}. */
  public static final int MAX_PARTS = 3;

  /**
   * Checks the name.
   *
   * @throws IllegalArgumentException saying what is wrong with the name and what a name looks like
   */
  public CatalogTable {
    requireNonNull(qualifiedName, "qualifiedName");
    String problem = problem(qualifiedName);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /**
   * What is wrong with a table name, or null if it is a valid name.
   *
   * @param name the name as written
   */
  public static @org.jspecify.annotations.Nullable String problem(String name) {
    String shape =
        "a table name is 1 to %d identifiers of letters, digits and _ (not starting with a digit) joined by dots, e.g. db.events"
            .formatted(MAX_PARTS);
    if (name.isEmpty()) {
      return "the table name is empty; " + shape;
    }
    if (name.indexOf('`') >= 0) {
      return "table name '%s' has a backtick; quoted identifiers are not accepted: %s"
          .formatted(name, shape);
    }
    List<String> parts = List.of(name.split("\\.", -1));
    if (parts.size() > MAX_PARTS) {
      return "table name '%s' has %d parts; %s".formatted(name, parts.size(), shape);
    }
    for (String part : parts) {
      if (!isIdentifier(part)) {
        return "table name '%s' is not a plain name%s; %s"
            .formatted(name, part.isEmpty() ? " (an empty part)" : " ('" + part + "')", shape);
      }
    }
    return null;
  }

  private static boolean isIdentifier(String part) {
    if (part.isEmpty() || !isStart(part.charAt(0))) {
      return false;
    }
    for (int i = 1; i < part.length(); i++) {
      char c = part.charAt(i);
      if (!isStart(c) && !(c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isStart(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
  }

  /** The name's parts, e.g. {@code [db, events]}. */
  public List<String> parts() {
    return List.of(qualifiedName.split("\\."));
  }

  /** The qualified name. */
  @Override
  public String name() {
    return qualifiedName;
  }

  /** How reports show the dataset instead of a file and its SHA-256: {@code table db.events}. */
  public String shownAs() {
    return "table " + qualifiedName;
  }
}
