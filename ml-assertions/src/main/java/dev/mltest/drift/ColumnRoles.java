package dev.mltest.drift;

import dev.mltest.data.ColumnType;
import dev.mltest.text.Formats;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the columns whose drift means nothing: keys and near-unique text. A key changes with every
 * new row (sequential ids "drift" by construction), and near-unique text (an e-mail per row) has no
 * distribution to compare. They are left out of the default set with a reason, never silently.
 *
 * <ul>
 *   <li>columns the suite declares as keys ({@code primaryKey}, {@code unique});
 *   <li>columns named like identifiers: {@code id}, {@code *_id}, {@code *Id}, {@code uuid}, {@code
 *       guid};
 *   <li>integer and text columns whose reference values are at least {@value #NEAR_UNIQUE_SHARE}
 *       distinct, over at least {@value #MIN_VALUES_FOR_SHARE} values. Decimal columns and dates
 *       are exempt: continuous measurements are naturally all distinct.
 * </ul>
 */
final class ColumnRoles {
  /** A distinct share at or above this marks an integer or text column as a key. */
  static final double NEAR_UNIQUE_SHARE = 0.95;

  /** Below this many reference values the distinct share says nothing. */
  static final int MIN_VALUES_FOR_SHARE = 50;

  private ColumnRoles() {}

  /** Why the column is left out, or empty when it is compared. */
  static Optional<String> exclusion(
      PlannedColumn column, long referenceValues, long referenceDistinct, DriftConfig config) {
    String name = column.name();
    if (config.include().contains(name) || config.columns().contains(name)) {
      return Optional.empty();
    }
    String force = "; list it under 'include' to compare it anyway";
    if (config.keyColumns().contains(name)) {
      return Optional.of(
          "excluded from drift: a key column of the suite (primaryKey/unique)" + force);
    }
    if (namedLikeId(name)) {
      return Optional.of("excluded from drift: named like an identifier" + force);
    }
    ColumnType type = column.type();
    boolean keyLikeType = type == ColumnType.INTEGER || type == ColumnType.STRING;
    if (keyLikeType
        && referenceValues >= MIN_VALUES_FOR_SHARE
        && (double) referenceDistinct / referenceValues >= NEAR_UNIQUE_SHARE) {
      return Optional.of(
          "excluded from drift: near-unique %s (%s of %s reference values are distinct),"
                  .formatted(
                      type == ColumnType.STRING ? "text" : "integers, like a key",
                      Formats.count(referenceDistinct),
                      Formats.count(referenceValues))
              + " so it has no distribution to compare"
              + force);
    }
    return Optional.empty();
  }

  /** {@code id}, {@code customer_id}, {@code customer-id}, {@code customerId}, {@code uuid}. */
  static boolean namedLikeId(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("id")
        || lower.equals("uuid")
        || lower.equals("guid")
        || lower.endsWith("_id")
        || lower.endsWith("-id")
        || lower.endsWith("_uuid")) {
      return true;
    }
    int n = name.length();
    return n > 2 && name.endsWith("Id") && Character.isLowerCase(name.charAt(n - 3));
  }
}
