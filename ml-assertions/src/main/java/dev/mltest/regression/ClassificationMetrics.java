package dev.mltest.regression;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.evaluation.LabelEvaluation;
import org.tribuo.classification.evaluation.LabelEvaluator;

/** Evaluates a classifier with Tribuo's {@link LabelEvaluator} and reads the requested metrics. */
final class ClassificationMetrics {
  /** Log loss clips probabilities to [ε, 1 − ε], as scikit-learn does. */
  static final double LOG_LOSS_EPSILON = 1e-15;

  private ClassificationMetrics() {}

  /**
   * The metrics computed when a test names none. A binary classifier that gives probabilities is
   * judged by AUC and two proper scoring rules (log loss, Brier score), which move only when the
   * ranking or the probabilities do. Metrics computed at the 0.5 threshold (accuracy, F1,
   * precision, recall) move when a few rows near the threshold cross it: on the catch-rate
   * benchmark they flagged 15% of harmless changes on a 5% sample with the fixed tolerance, and
   * added no catch. Other classifiers keep the threshold metrics, with log loss when scored.
   */
  static List<String> defaults(Model<Label> model) {
    if (model.generatesProbabilities() && model.getOutputIDInfo().size() == 2) {
      return List.of("auc", "logLoss", "brierScore");
    }
    List<String> names =
        new ArrayList<>(List.of("accuracy", "macroF1", "microF1", "macroPrecision", "macroRecall"));
    if (model.generatesProbabilities()) {
      names.add("logLoss");
    }
    return names;
  }

  static MetricValues evaluate(
      Model<Label> model,
      MutableDataset<Label> test,
      Collection<String> names,
      @Nullable String positiveLabel) {
    LabelEvaluation evaluation = new LabelEvaluator().evaluate(model, test);
    Set<String> classes = new TreeSet<>();
    model.getOutputIDInfo().getDomain().forEach(l -> classes.add(l.getLabel()));
    MetricValues values = new MetricValues();
    for (String name : names) {
      String perClass = MetricCatalog.perClassLabel(name).orElse(null);
      if (perClass != null) {
        if (!classes.contains(perClass)) {
          values.unavailable(
              name, "no class '%s' among the trained classes %s".formatted(perClass, classes));
          continue;
        }
        Label label = new Label(perClass);
        switch (MetricCatalog.perClassMeasure(name)) {
          case "f1" -> values.put(name, evaluation.f1(label));
          case "precision" -> values.put(name, evaluation.precision(label));
          default -> values.put(name, evaluation.recall(label));
        }
        continue;
      }
      switch (name) {
        case "accuracy" -> values.put(name, evaluation.accuracy());
        case "macroF1" -> values.put(name, evaluation.macroAveragedF1());
        case "microF1" -> values.put(name, evaluation.microAveragedF1());
        case "macroPrecision" -> values.put(name, evaluation.macroAveragedPrecision());
        case "macroRecall" -> values.put(name, evaluation.macroAveragedRecall());
        case "microPrecision" -> values.put(name, evaluation.microAveragedPrecision());
        case "microRecall" -> values.put(name, evaluation.microAveragedRecall());
        case "balancedErrorRate" -> values.put(name, evaluation.balancedErrorRate());
        case "auc" -> auc(model, evaluation, classes, positiveLabel, values);
        case "logLoss" -> logLoss(model, evaluation.getPredictions(), values);
        case "brierScore" -> brierScore(model, evaluation.getPredictions(), classes, values);
        default ->
            values.unavailable(
                name, MetricCatalog.problem(name, ModelTask.CLASSIFICATION).orElse("not computed"));
      }
    }
    return values;
  }

  private static void auc(
      Model<Label> model,
      LabelEvaluation evaluation,
      Set<String> classes,
      @Nullable String positiveLabel,
      MetricValues values) {
    if (!model.generatesProbabilities()) {
      values.unavailable("auc", "the model gives no probabilities");
      return;
    }
    if (classes.size() != 2) {
      values.unavailable(
          "auc",
          "AUC is computed for binary labels; the label has %d classes %s"
              .formatted(classes.size(), classes));
      return;
    }
    String positive = positive(classes, positiveLabel);
    if (positive == null) {
      values.unavailable(
          "auc", "positive label '%s' is not one of %s".formatted(positiveLabel, classes));
      return;
    }
    values.put("auc", evaluation.AUCROC(new Label(positive)));
  }

  /** The positive class: the requested one, else 1 / true / yes, else the last in sort order. */
  static @Nullable String positive(Set<String> classes, @Nullable String requested) {
    if (requested != null) {
      return classes.contains(requested) ? requested : null;
    }
    for (String candidate : List.of("1", "true", "yes", "Yes", "TRUE", "YES", "positive")) {
      if (classes.contains(candidate)) {
        return candidate;
      }
    }
    return new ArrayList<>(classes).get(classes.size() - 1);
  }

  private static void logLoss(
      Model<Label> model, List<Prediction<Label>> predictions, MetricValues values) {
    if (!model.generatesProbabilities()) {
      values.unavailable("logLoss", "the model gives no probabilities");
      return;
    }
    if (predictions.isEmpty()) {
      values.unavailable("logLoss", "no test rows");
      return;
    }
    double sum = 0;
    for (Prediction<Label> prediction : predictions) {
      String truth = prediction.getExample().getOutput().getLabel();
      Label scored = prediction.getOutputScores().get(truth);
      double p = scored == null ? 0 : scored.getScore();
      p = Math.min(1 - LOG_LOSS_EPSILON, Math.max(LOG_LOSS_EPSILON, p));
      sum -= Math.log(p);
    }
    values.put("logLoss", sum / predictions.size());
  }

  /**
   * The binary Brier score: the mean squared distance of the positive class's probability from the
   * outcome (1 if positive, else 0), as scikit-learn's {@code brier_score_loss}. A proper scoring
   * rule like log loss, but bounded, so one badly wrong row cannot dominate it.
   */
  private static void brierScore(
      Model<Label> model,
      List<Prediction<Label>> predictions,
      Set<String> classes,
      MetricValues values) {
    if (!model.generatesProbabilities()) {
      values.unavailable("brierScore", "the model gives no probabilities");
      return;
    }
    if (classes.size() != 2) {
      values.unavailable(
          "brierScore",
          "the Brier score is computed for binary labels; the label has %d classes %s"
              .formatted(classes.size(), classes));
      return;
    }
    if (predictions.isEmpty()) {
      values.unavailable("brierScore", "no test rows");
      return;
    }
    double sum = 0;
    for (Prediction<Label> prediction : predictions) {
      String truth = prediction.getExample().getOutput().getLabel();
      Label scored = prediction.getOutputScores().get(truth);
      double miss = 1 - (scored == null ? 0 : scored.getScore());
      sum += miss * miss;
    }
    values.put("brierScore", sum / predictions.size());
  }
}
