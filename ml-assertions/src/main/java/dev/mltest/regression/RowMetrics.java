package dev.mltest.regression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A metric recomputed from evaluation rows, on any multiset of them (an array of row indices, as a
 * bootstrap draws it). The definitions follow Tribuo's evaluators (macro averages over the classes
 * seen in truth or predictions; a 0/0 precision or recall is 0) and log loss and the Brier score as
 * {@link ClassificationMetrics} computes them, so the value on all rows equals the reported one.
 */
final class RowMetrics {
  private final ModelTask task;
  private final List<String> classes;
  private final int[] truth;
  private final int[] predicted;
  private final double[] truthValue;
  private final double[] predictedValue;
  private final double[] positiveScore;
  private final double[] truthScore;
  // Per-row losses, computed once: a bootstrap sums them thousands of times.
  private final double[] rowLogLoss;
  private final double[] rowBrier;
  private final int positive;

  private RowMetrics(EvaluationRows rows, List<String> classes) {
    this.task = rows.task();
    this.classes = classes;
    int n = rows.size();
    truth = new int[n];
    predicted = new int[n];
    truthValue = new double[n];
    predictedValue = new double[n];
    positiveScore = new double[n];
    truthScore = new double[n];
    for (int i = 0; i < n; i++) {
      EvaluationRows.Row row = rows.rows().get(i);
      positiveScore[i] = row.positiveScore();
      truthScore[i] = row.truthScore();
      if (task == ModelTask.CLASSIFICATION) {
        truth[i] = classes.indexOf(row.truth());
        predicted[i] = classes.indexOf(row.predicted());
      } else {
        truthValue[i] = Double.parseDouble(row.truth());
        predictedValue[i] = Double.parseDouble(row.predicted());
      }
    }
    positive = rows.positiveLabel() == null ? -1 : classes.indexOf(rows.positiveLabel());
    rowLogLoss = new double[n];
    rowBrier = new double[n];
    double eps = ClassificationMetrics.LOG_LOSS_EPSILON;
    for (int i = 0; i < n; i++) {
      rowLogLoss[i] = -Math.log(Math.min(1 - eps, Math.max(eps, truthScore[i])));
      double miss = 1 - truthScore[i];
      rowBrier[i] = miss * miss;
    }
  }

  /** The rows' metrics, with classes taken from the rows' truths and predictions. */
  static RowMetrics of(EvaluationRows rows) {
    return new RowMetrics(rows, classesOf(List.of(rows)));
  }

  /** The rows' metrics over a shared class list (so two runs' confusion matrices line up). */
  static RowMetrics of(EvaluationRows rows, List<String> classes) {
    return new RowMetrics(rows, classes);
  }

  static List<String> classesOf(List<EvaluationRows> runs) {
    TreeSet<String> classes = new TreeSet<>();
    for (EvaluationRows rows : runs) {
      if (rows.task() == ModelTask.CLASSIFICATION) {
        rows.rows().forEach(r -> classes.add(r.truth()));
        rows.rows().forEach(r -> classes.add(r.predicted()));
      }
    }
    return new ArrayList<>(classes);
  }

  int size() {
    return truth.length;
  }

  /** Why {@code metric} cannot be recomputed from rows, if it cannot. */
  Optional<String> unsupported(String metric) {
    if (size() == 0) {
      return Optional.of("no evaluation rows");
    }
    if (task == ModelTask.REGRESSION) {
      return switch (metric) {
        case "rmse", "mae", "r2" -> Optional.empty();
        default -> Optional.of("metric '%s' is not recomputed from rows".formatted(metric));
      };
    }
    if (MetricCatalog.perClassLabel(metric).isPresent()) {
      return classes.contains(MetricCatalog.perClassLabel(metric).get())
          ? Optional.empty()
          : Optional.of("its class is not among the rows");
    }
    return switch (metric) {
      case "accuracy",
          "microF1",
          "microPrecision",
          "microRecall",
          "macroF1",
          "macroPrecision",
          "macroRecall",
          "balancedErrorRate" ->
          Optional.empty();
      case "auc" ->
          positive < 0 || Double.isNaN(positiveScore[0])
              ? Optional.of("the rows hold no positive-class scores")
              : Optional.empty();
      case "logLoss" ->
          Double.isNaN(truthScore[0])
              ? Optional.of("the rows hold no probabilities")
              : Optional.empty();
      case "brierScore" ->
          Double.isNaN(truthScore[0])
              ? Optional.of("the rows hold no probabilities")
              : classes.size() > 2
                  ? Optional.of("the Brier score is computed for binary labels")
                  : Optional.empty();
      default -> Optional.of("metric '%s' is not recomputed from rows".formatted(metric));
    };
  }

  /** All row indices, once each. */
  int[] all() {
    int[] all = new int[size()];
    Arrays.setAll(all, i -> i);
    return all;
  }

  /** The metric over the rows {@code idx} (with repeats, as drawn). */
  double value(String metric, int[] idx) {
    if (task == ModelTask.REGRESSION) {
      return regression(metric, idx);
    }
    String perClass = MetricCatalog.perClassLabel(metric).orElse(null);
    if (perClass != null) {
      int c = classes.indexOf(perClass);
      long[] counts = confusion(idx, c);
      return switch (MetricCatalog.perClassMeasure(metric)) {
        case "f1" -> f1(counts);
        case "precision" -> ratio(counts[0], counts[0] + counts[1]);
        default -> ratio(counts[0], counts[0] + counts[2]);
      };
    }
    return switch (metric) {
      case "accuracy", "microF1", "microPrecision", "microRecall" -> accuracy(idx);
      case "macroF1" -> macro(idx, 0);
      case "macroPrecision" -> macro(idx, 1);
      case "macroRecall" -> macro(idx, 2);
      case "balancedErrorRate" -> 1 - macro(idx, 2);
      case "auc" -> auc(idx);
      case "logLoss" -> logLoss(idx);
      case "brierScore" -> brierScore(idx);
      default -> throw new IllegalArgumentException("not recomputed from rows: " + metric);
    };
  }

  /** The share of rows of the most frequent true class. */
  double majorityRate() {
    if (task != ModelTask.CLASSIFICATION || size() == 0) {
      return Double.NaN;
    }
    long[] counts = new long[classes.size()];
    for (int t : truth) {
      counts[t]++;
    }
    return (double) Arrays.stream(counts).max().orElse(0) / size();
  }

  boolean isCorrect(int row) {
    return truth[row] == predicted[row];
  }

  int truthClass(int row) {
    return truth[row];
  }

  double positiveScore(int row) {
    return positiveScore[row];
  }

  int positiveClass() {
    return positive;
  }

  private double accuracy(int[] idx) {
    long correct = 0;
    for (int i : idx) {
      if (truth[i] == predicted[i]) {
        correct++;
      }
    }
    return (double) correct / idx.length;
  }

  /** {tp, fp, fn} of class {@code c}. */
  private long[] confusion(int[] idx, int c) {
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (int i : idx) {
      boolean isTrue = truth[i] == c;
      boolean isPredicted = predicted[i] == c;
      if (isTrue && isPredicted) {
        tp++;
      } else if (isPredicted) {
        fp++;
      } else if (isTrue) {
        fn++;
      }
    }
    return new long[] {tp, fp, fn};
  }

  /** Macro average of F1 (0), precision (1) or recall (2) over the classes. */
  private double macro(int[] idx, int measure) {
    int k = classes.size();
    long[][] counts = new long[k][3];
    for (int i : idx) {
      int t = truth[i];
      int p = predicted[i];
      if (t == p) {
        counts[t][0]++;
      } else {
        counts[p][1]++;
        counts[t][2]++;
      }
    }
    double sum = 0;
    for (long[] c : counts) {
      sum +=
          switch (measure) {
            case 0 -> f1(c);
            case 1 -> ratio(c[0], c[0] + c[1]);
            default -> ratio(c[0], c[0] + c[2]);
          };
    }
    return sum / k;
  }

  private static double f1(long[] c) {
    return ratio(2 * c[0], 2 * c[0] + c[1] + c[2]);
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** ROC AUC as the Mann–Whitney statistic (ties count one half). */
  private double auc(int[] idx) {
    int n = idx.length;
    double[] scores = new double[n];
    boolean[] isPositive = new boolean[n];
    long positives = 0;
    for (int j = 0; j < n; j++) {
      scores[j] = positiveScore[idx[j]];
      isPositive[j] = truth[idx[j]] == positive;
      if (isPositive[j]) {
        positives++;
      }
    }
    long negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    double[] ranks = MidRanks.of(scores);
    double rankSum = 0;
    for (int j = 0; j < n; j++) {
      if (isPositive[j]) {
        rankSum += ranks[j];
      }
    }
    return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  private double logLoss(int[] idx) {
    return mean(rowLogLoss, idx);
  }

  /**
   * The binary Brier score, {@code mean((p(positive) − [truth is positive])²)}, computed as {@code
   * mean((1 − p(truth))²)}, which is the same for two classes and needs no positive label.
   */
  private double brierScore(int[] idx) {
    return mean(rowBrier, idx);
  }

  private static double mean(double[] perRow, int[] idx) {
    double sum = 0;
    for (int i : idx) {
      sum += perRow[i];
    }
    return sum / idx.length;
  }

  private double regression(String metric, int[] idx) {
    int n = idx.length;
    double squared = 0;
    double absolute = 0;
    double mean = 0;
    for (int i : idx) {
      double e = predictedValue[i] - truthValue[i];
      squared += e * e;
      absolute += Math.abs(e);
      mean += truthValue[i];
    }
    mean /= n;
    return switch (metric) {
      case "rmse" -> Math.sqrt(squared / n);
      case "mae" -> absolute / n;
      case "r2" -> {
        double total = 0;
        for (int i : idx) {
          total += (truthValue[i] - mean) * (truthValue[i] - mean);
        }
        yield total == 0 ? Double.NaN : 1 - squared / total;
      }
      default -> throw new IllegalArgumentException("not recomputed from rows: " + metric);
    };
  }

  /** The class list, for messages. */
  List<String> classes() {
    return classes;
  }
}
