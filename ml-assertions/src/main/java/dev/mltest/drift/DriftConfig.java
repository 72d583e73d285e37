package dev.mltest.drift;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What to compare between a reference and a current dataset, and how.
 *
 * @param columns the columns to compare; empty for every column the two share. Listed columns are
 *     compared whatever their role
 * @param exclude columns left out of the default (shared) set
 * @param global the method/threshold for every column unless overridden
 * @param byKind overrides per column kind
 * @param byColumn overrides per column
 * @param driftShare the share of drifted columns that means dataset drift
 * @param correction the multiple-testing correction of p-values across columns
 * @param maxOutOfReferenceRange if set, numeric columns also get a check that at most this share of
 *     current values lies outside the reference's [min, max]
 * @param maxNewCategories if set, categorical columns also get a check that at most this share of
 *     current values has a category the reference never has
 * @param rule how a column's drift is decided when no method is named
 * @param effects the smallest material effect sizes of the default rule
 * @param include columns compared even though their role (key, near-unique text) would exclude them
 * @param keyColumns columns the suite declares as keys ({@code primaryKey}, {@code unique}); left
 *     out like other key columns
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record DriftConfig(
    List<String> columns,
    List<String> exclude,
    MethodChoice global,
    Map<ColumnKind, MethodChoice> byKind,
    Map<String, MethodChoice> byColumn,
    double driftShare,
    Correction correction,
    @Nullable Double maxOutOfReferenceRange,
    @Nullable Double maxNewCategories,
    DriftRule rule,
    EffectThresholds effects,
    List<String> include,
    List<String> keyColumns) {

  /**
   * The smallest effect sizes that count as material under {@link DriftRule#DEFAULT}.
   *
   * @param numeric the KS statistic D for numeric columns
   * @param categorical the total variation distance for categorical columns
   * @param missing the absolute difference of the shares of missing values (see {@link
   *     Missingness})
   */
  public record EffectThresholds(double numeric, double categorical, double missing) {
    /**
     * {@value DriftRule#DEFAULT_NUMERIC_EFFECT}, {@value DriftRule#DEFAULT_CATEGORICAL_EFFECT} and
     * {@value DriftRule#DEFAULT_MISSING_EFFECT}.
     */
    public static final EffectThresholds DEFAULT =
        new EffectThresholds(
            DriftRule.DEFAULT_NUMERIC_EFFECT,
            DriftRule.DEFAULT_CATEGORICAL_EFFECT,
            DriftRule.DEFAULT_MISSING_EFFECT);

    /** Checks all are shares in [0, 1]. */
    public EffectThresholds {
      for (double value : new double[] {numeric, categorical, missing}) {
        if (!(value >= 0 && value <= 1)) {
          throw new DriftInputException(
              DriftInputException.Problem.INVALID_THRESHOLD,
              "An effect-size threshold must be a share in [0, 1]; got %s.".formatted(value));
        }
      }
    }

    /** The thresholds for values, with the default for missing values. */
    public EffectThresholds(double numeric, double categorical) {
      this(numeric, categorical, DriftRule.DEFAULT_MISSING_EFFECT);
    }

    /** The threshold for a column kind. */
    public double of(ColumnKind kind) {
      return kind == ColumnKind.NUMERIC ? numeric : categorical;
    }
  }

  public DriftConfig {
    columns = List.copyOf(columns);
    exclude = List.copyOf(exclude);
    byKind = Map.copyOf(byKind);
    byColumn = Map.copyOf(byColumn);
    requireNonNull(correction, "correction");
    requireNonNull(rule, "rule");
    requireNonNull(effects, "effects");
    include = List.copyOf(include);
    keyColumns = List.copyOf(keyColumns);
  }

  /** A configuration of the first release's shape: the default rule, no forced or key columns. */
  public DriftConfig(
      List<String> columns,
      List<String> exclude,
      MethodChoice global,
      Map<ColumnKind, MethodChoice> byKind,
      Map<String, MethodChoice> byColumn,
      double driftShare,
      Correction correction,
      @Nullable Double maxOutOfReferenceRange,
      @Nullable Double maxNewCategories) {
    this(
        columns,
        exclude,
        global,
        byKind,
        byColumn,
        driftShare,
        correction,
        maxOutOfReferenceRange,
        maxNewCategories,
        DriftRule.DEFAULT,
        EffectThresholds.DEFAULT,
        List.of(),
        List.of());
  }

  /**
   * Every shared column, the default rule (significance and effect size, Benjamini-Hochberg across
   * columns), key columns and near-unique text left out.
   */
  public static DriftConfig defaults() {
    return new DriftConfig(
        List.of(),
        List.of(),
        MethodChoice.DEFAULT,
        Map.of(),
        Map.of(),
        DatasetDriftRule.DEFAULT_DRIFT_SHARE,
        DriftRule.DEFAULT.defaultCorrection(),
        null,
        null);
  }

  /** Evidently's methods, thresholds and rule (no correction, no effect size). */
  public static DriftConfig evidently() {
    return defaults().withRule(DriftRule.EVIDENTLY);
  }

  /** The same configuration for other columns. */
  public DriftConfig withColumns(List<String> newColumns) {
    return new DriftConfig(
        newColumns,
        exclude,
        global,
        byKind,
        byColumn,
        driftShare,
        correction,
        maxOutOfReferenceRange,
        maxNewCategories,
        rule,
        effects,
        include,
        keyColumns);
  }

  /** The same configuration without these columns in the default set. */
  public DriftConfig withExclude(List<String> newExclude) {
    return new DriftConfig(
        columns,
        newExclude,
        global,
        byKind,
        byColumn,
        driftShare,
        correction,
        maxOutOfReferenceRange,
        maxNewCategories,
        rule,
        effects,
        include,
        keyColumns);
  }

  /**
   * The same configuration with a method (and threshold, or null for its default) for every column.
   */
  public DriftConfig withMethod(@Nullable DriftMethod method, @Nullable Double threshold) {
    return new DriftConfig(
        columns,
        exclude,
        new MethodChoice(method, threshold),
        byKind,
        byColumn,
        driftShare,
        correction,
        maxOutOfReferenceRange,
        maxNewCategories,
        rule,
        effects,
        include,
        keyColumns);
  }

  /** The same configuration with another dataset-level share and correction. */
  public DriftConfig withDatasetRule(double newShare, Correction newCorrection) {
    return new DriftConfig(
        columns,
        exclude,
        global,
        byKind,
        byColumn,
        newShare,
        newCorrection,
        maxOutOfReferenceRange,
        maxNewCategories,
        rule,
        effects,
        include,
        keyColumns);
  }

  /** The same configuration under another rule, with that rule's correction. */
  public DriftConfig withRule(DriftRule newRule) {
    return new DriftConfig(
        columns,
        exclude,
        global,
        byKind,
        byColumn,
        driftShare,
        newRule.defaultCorrection(),
        maxOutOfReferenceRange,
        maxNewCategories,
        newRule,
        effects,
        include,
        keyColumns);
  }

  /** The same configuration with other effect-size thresholds. */
  public DriftConfig withEffects(EffectThresholds newEffects) {
    return new DriftConfig(
        columns,
        exclude,
        global,
        byKind,
        byColumn,
        driftShare,
        correction,
        maxOutOfReferenceRange,
        maxNewCategories,
        rule,
        newEffects,
        include,
        keyColumns);
  }

  /** The same configuration with columns forced in and columns declared as keys. */
  public DriftConfig withRoles(List<String> newInclude, List<String> newKeyColumns) {
    return new DriftConfig(
        columns,
        exclude,
        global,
        byKind,
        byColumn,
        driftShare,
        correction,
        maxOutOfReferenceRange,
        maxNewCategories,
        rule,
        effects,
        newInclude,
        newKeyColumns);
  }

  /** The method and threshold chosen for a column, before the default rule fills the gaps. */
  MethodChoice choiceFor(String column, ColumnKind kind) {
    return byColumn
        .getOrDefault(column, MethodChoice.DEFAULT)
        .orElse(byKind.getOrDefault(kind, MethodChoice.DEFAULT))
        .orElse(global);
  }
}
