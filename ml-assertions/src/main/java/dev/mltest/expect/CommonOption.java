package dev.mltest.expect;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The options every expectation takes besides its own parameters, with the kinds of expectation
 * they affect. The reference docs are generated from these.
 */
enum CommonOption {
  ID(
      "id",
      "a string",
      "Names the expectation in results and reports (default: `key[columns]`).",
      all()),
  DESCRIPTION("description", "a string", "A human explanation, shown with the result.", all()),
  SEVERITY(
      "severity",
      "`error` or `warn`",
      "`warn` reports a failure without failing the test (default: `error`).",
      all()),
  WHERE(
      "where",
      "an SQL condition",
      "Judges only the rows where this SQL boolean expression holds (NULL counts as false).",
      data()),
  MOSTLY(
      "mostly",
      ParameterType.RATIO.description(),
      "The share of judged rows that must pass (default: 1). The share is of the non-null values,"
          + " except for `notNull` and `rowPredicate`, which judge every row.",
      Set.of(ExpectationKind.ROW)),
  SAMPLE_SIZE(
      "sampleSize",
      "a whole number from 0 to 1000",
      "How many offending values a failure shows, most frequent first (default: 20).",
      data(),
      true),
  KEY_COLUMNS(
      "keyColumns",
      ParameterType.COLUMNS.description(),
      "Columns that identify the first row of each offending value, instead of its row number.",
      data(),
      true);

  private final String key;
  private final String type;
  private final String doc;
  private final Set<ExpectationKind> kinds;
  private final boolean aboutOffendingValues;

  CommonOption(String key, String type, String doc, Set<ExpectationKind> kinds) {
    this(key, type, doc, kinds, false);
  }

  CommonOption(
      String key,
      String type,
      String doc,
      Set<ExpectationKind> kinds,
      boolean aboutOffendingValues) {
    this.key = key;
    this.type = type;
    this.doc = doc;
    this.kinds = kinds;
    this.aboutOffendingValues = aboutOffendingValues;
  }

  String key() {
    return key;
  }

  String type() {
    return type;
  }

  String doc() {
    return doc;
  }

  /**
   * The options that affect an expectation, in documentation order.
   *
   * @param listsOffendingValues whether its failures list offending values, which the sample
   *     options shape
   */
  static List<CommonOption> applyingTo(ExpectationKind kind, boolean listsOffendingValues) {
    return Arrays.stream(values())
        .filter(o -> o.kinds.contains(kind) && (listsOffendingValues || !o.aboutOffendingValues))
        .toList();
  }

  private static Set<ExpectationKind> all() {
    return Set.of(ExpectationKind.values());
  }

  /** Schema expectations read no rows, so row filters and samples do not affect them. */
  private static Set<ExpectationKind> data() {
    return Set.of(ExpectationKind.AGGREGATE, ExpectationKind.ROW);
  }
}
