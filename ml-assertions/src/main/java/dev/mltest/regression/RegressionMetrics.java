package dev.mltest.regression;

import java.util.Collection;
import java.util.List;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.evaluation.RegressionEvaluation;
import org.tribuo.regression.evaluation.RegressionEvaluator;

/** Evaluates a regressor with Tribuo's {@link RegressionEvaluator}: RMSE, MAE and R². */
final class RegressionMetrics {
  private RegressionMetrics() {}

  static List<String> defaults() {
    return List.of("rmse", "mae", "r2");
  }

  static MetricValues evaluate(
      Model<Regressor> model, MutableDataset<Regressor> test, Collection<String> names) {
    RegressionEvaluation evaluation = new RegressionEvaluator().evaluate(model, test);
    MetricValues values = new MetricValues();
    for (String name : names) {
      switch (name) {
        case "rmse" -> values.put(name, evaluation.averageRMSE());
        case "mae" -> values.put(name, evaluation.averageMAE());
        case "r2" -> values.put(name, evaluation.averageR2());
        default ->
            values.unavailable(
                name, MetricCatalog.problem(name, ModelTask.REGRESSION).orElse("not computed"));
      }
    }
    return values;
  }
}
