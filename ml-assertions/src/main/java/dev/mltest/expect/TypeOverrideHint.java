package dev.mltest.expect;

import dev.mltest.data.Column;
import dev.mltest.data.Dataset;
import dev.mltest.data.FileDataset;
import dev.mltest.data.FileFormat;
import java.util.Collection;

/**
 * The end of a type-mismatch message: which type the column was read as, who decided it, and how to
 * read it as another type with the dataset's {@code types} option.
 */
final class TypeOverrideHint {
  private TypeOverrideHint() {}

  /**
   * @param suggested the type to suggest, e.g. {@code VARCHAR}
   * @param comparedAsText the columns that a check of the suite compares with text values: a yes/no
   *     column among them is read as text rather than BOOLEAN ({@link TextComparedColumns})
   * @return the hint, starting with "; ", or the empty string for datasets whose types are fixed
   */
  static String of(
      Dataset dataset, Column column, String suggested, Collection<String> comparedAsText) {
    if (!(dataset instanceof FileDataset file) || file.format() != FileFormat.CSV) {
      return "";
    }
    String name = yamlKey(column.name());
    String forced = file.types().get(column.name());
    if ("VARCHAR".equals(forced) && comparedAsText.contains(column.name())) {
      return ("; '%s' is read as text because a check of this suite compares it with text values"
              + " (a yes/no column is otherwise read as BOOLEAN); compare it with true/false there"
              + " to keep it BOOLEAN")
          .formatted(column.name());
    }
    if (forced != null) {
      return "; '%s' is read as %s because the dataset's options set types: {%s: %s}; change it there"
          .formatted(column.name(), column.nativeType(), name, forced);
    }
    return ("; DuckDB's CSV reader detected %s for '%s'; to read it as another type, set it in the"
            + " dataset's options, e.g. options: {types: {%s: %s}}")
        .formatted(column.nativeType(), column.name(), name, suggested);
  }

  /** The column name as a YAML key: plain if that is safe, else double-quoted. */
  private static String yamlKey(String name) {
    boolean plain =
        !name.isEmpty()
            && (Character.isLetter(name.charAt(0)) || name.charAt(0) == '_')
            && name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    return plain ? name : '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
