package dev.mltest.regression;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.text.NearestNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The metrics a regression test can compute, with the direction and default tolerances of each.
 *
 * <p>Classification: {@code accuracy}, {@code macroF1}, {@code microF1}, {@code macroPrecision},
 * {@code macroRecall}, {@code microPrecision}, {@code microRecall}, {@code balancedErrorRate},
 * {@code auc} and {@code brierScore} (binary labels, scored models), {@code logLoss} (scored
 * models), and per class {@code f1[<label>]}, {@code precision[<label>]}, {@code recall[<label>]}.
 * Regression: {@code rmse}, {@code mae}, {@code r2}.
 *
 * <p>Default tolerances: {@code absTol 0.01, relTol 0.02} for metrics bounded in [0, 1], {@code
 * absTol 0, relTol 0.05} for unbounded ones (RMSE, MAE, log loss, R²).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MetricCatalog {
  /** Default absolute tolerance of metrics bounded in [0, 1]. */
  public static final double BOUNDED_ABS_TOL = 0.01;

  /** Default relative tolerance of metrics bounded in [0, 1]. */
  public static final double BOUNDED_REL_TOL = 0.02;

  /** Default relative tolerance of unbounded metrics. */
  public static final double UNBOUNDED_REL_TOL = 0.05;

  private static final List<String> PER_CLASS = List.of("f1", "precision", "recall");

  private record Entry(ModelTask task, Direction direction, boolean bounded) {}

  private static final Map<String, Entry> METRICS = new LinkedHashMap<>();

  static {
    for (String name :
        List.of(
            "accuracy",
            "macroF1",
            "microF1",
            "macroPrecision",
            "macroRecall",
            "microPrecision",
            "microRecall",
            "auc")) {
      METRICS.put(name, new Entry(ModelTask.CLASSIFICATION, Direction.HIGHER, true));
    }
    METRICS.put("balancedErrorRate", new Entry(ModelTask.CLASSIFICATION, Direction.LOWER, true));
    METRICS.put("logLoss", new Entry(ModelTask.CLASSIFICATION, Direction.LOWER, false));
    METRICS.put("brierScore", new Entry(ModelTask.CLASSIFICATION, Direction.LOWER, true));
    METRICS.put("rmse", new Entry(ModelTask.REGRESSION, Direction.LOWER, false));
    METRICS.put("mae", new Entry(ModelTask.REGRESSION, Direction.LOWER, false));
    METRICS.put("r2", new Entry(ModelTask.REGRESSION, Direction.HIGHER, false));
  }

  private MetricCatalog() {}

  /** The fixed metric names of a task (per-class metrics not included). */
  public static List<String> names(ModelTask task) {
    return METRICS.entrySet().stream()
        .filter(e -> e.getValue().task() == task)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Whether the name is one the catalog computes, for any task. */
  public static boolean isKnown(String name) {
    return entry(name).isPresent();
  }

  /** The task a known metric belongs to. */
  public static Optional<ModelTask> task(String name) {
    return entry(name).map(Entry::task);
  }

  /**
   * Why a metric name cannot be computed for a task, with the nearest valid names; empty if it can.
   * {@code task} {@code null} accepts the names of every task.
   */
  public static Optional<String> problem(String name, @Nullable ModelTask task) {
    Optional<Entry> entry = entry(name);
    if (entry.isPresent() && (task == null || entry.get().task() == task)) {
      return Optional.empty();
    }
    List<String> valid = new ArrayList<>();
    for (ModelTask t : ModelTask.values()) {
      if (task == null || t == task) {
        valid.addAll(names(t));
      }
    }
    if (task == null || task == ModelTask.CLASSIFICATION) {
      PER_CLASS.forEach(p -> valid.add(p + "[<label>]"));
    }
    if (entry.isPresent()) {
      return Optional.of(
          "metric '%s' is a %s metric, but this test trains a %s model; valid metrics: %s"
              .formatted(name, lower(entry.get().task()), lower(task), String.join(", ", valid)));
    }
    return Optional.of(
        "unknown metric '%s'%s; valid metrics: %s"
            .formatted(name, NearestNames.didYouMean(name, valid), String.join(", ", valid)));
  }

  /** The direction of a well-known metric. */
  public static Optional<Direction> defaultDirection(String name) {
    return entry(name).map(Entry::direction);
  }

  /** The default absolute tolerance of a metric (0 for unknown and unbounded ones). */
  public static double defaultAbsTol(String name) {
    return entry(name).filter(Entry::bounded).isPresent() ? BOUNDED_ABS_TOL : 0.0;
  }

  /** The default relative tolerance of a metric. */
  public static double defaultRelTol(String name) {
    return entry(name).filter(Entry::bounded).isPresent() ? BOUNDED_REL_TOL : UNBOUNDED_REL_TOL;
  }

  /**
   * What a built-in metric computes, recorded with each baseline value so that a later change of
   * the computation (a new MLTest version computing it differently) makes the two values not
   * comparable instead of comparing unlike numbers. The text names its version; it changes only
   * when the computation does; it is ASCII, so baseline files diff cleanly. Empty for names the
   * catalog does not compute (a custom metric: give a redefined custom metric a new name).
   */
  public static Optional<String> definition(String name) {
    String text =
        switch (name) {
          case "accuracy" -> "share of rows whose highest-scored class is the true class";
          case "macroF1", "macroPrecision", "macroRecall" ->
              "unweighted mean over classes of the per-class "
                  + name.substring("macro".length()).toLowerCase(java.util.Locale.ROOT)
                  + ", predicted class = highest score";
          case "microF1", "microPrecision", "microRecall" ->
              "pooled over classes ("
                  + name.substring("micro".length()).toLowerCase(java.util.Locale.ROOT)
                  + " of all rows), predicted class = highest score";
          case "balancedErrorRate" -> "1 - mean per-class recall, predicted class = highest score";
          case "auc" -> "ROC AUC of the positive class's probability (Tribuo AUCROC)";
          case "logLoss" ->
              "mean -ln p(true class), p clipped to [1e-15, 1 - 1e-15] (scikit-learn log_loss)";
          case "brierScore" ->
              "mean (p(positive) - outcome)^2, binary (scikit-learn brier_score_loss)";
          case "rmse" -> "root mean squared error";
          case "mae" -> "mean absolute error";
          case "r2" -> "1 - SSres/SStot on the evaluation rows";
          default ->
              perClassLabel(name)
                  .map(
                      label ->
                          perClassMeasure(name)
                              + " of class '"
                              + label
                              + "', predicted class = highest score")
                  .orElse(null);
        };
    return text == null ? Optional.empty() : Optional.of(text + " [v1]");
  }

  /** The class a per-class metric such as {@code f1[churned]} names. */
  static Optional<String> perClassLabel(String name) {
    int open = name.indexOf('[');
    if (open <= 0 || !name.endsWith("]") || open == name.length() - 2) {
      return Optional.empty();
    }
    return PER_CLASS.contains(name.substring(0, open))
        ? Optional.of(name.substring(open + 1, name.length() - 1))
        : Optional.empty();
  }

  /** The per-class measure ({@code f1}, {@code precision}, {@code recall}) of such a name. */
  static String perClassMeasure(String name) {
    return name.substring(0, name.indexOf('['));
  }

  private static Optional<Entry> entry(String name) {
    Entry fixed = METRICS.get(name);
    if (fixed != null) {
      return Optional.of(fixed);
    }
    return perClassLabel(name)
        .map(l -> new Entry(ModelTask.CLASSIFICATION, Direction.HIGHER, true));
  }

  private static String lower(@Nullable ModelTask task) {
    return task == null ? "any" : task.name().toLowerCase(java.util.Locale.ROOT);
  }
}
