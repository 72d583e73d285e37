/**
 * Sample-training regression tests: train a small model on a seeded sample of a dataset, evaluate
 * it with Tribuo's evaluators, and compare every metric with a committed baseline.
 *
 * <pre>{@code
 * TrainingSpec spec =
 *     TrainingSpec.classification(new LogisticRegressionTrainer())
 *         .data(Dataset.csv(Path.of("data/churn.csv")))
 *         .label("churned")
 *         .sampleFraction(0.05)
 *         .stratified()
 *         .seed(42)
 *         .build();
 * ModelEvaluation evaluation = SampleTraining.run(spec);
 * Baseline baseline = BaselineStore.read(Path.of("src/test/resources/churn.baseline.json"));
 * RegressionAssertions.assertThat(evaluation).comparedTo(baseline).hasNoRegression();
 * }</pre>
 *
 * <p>The parts: {@link dev.mltest.regression.TrainingSpec} says what to train; {@link
 * dev.mltest.regression.SampleTraining} samples with DuckDB, converts, trains and evaluates once;
 * {@link dev.mltest.regression.BaselineComparison} judges each metric ({@link
 * dev.mltest.regression.MetricOutcome}); {@link dev.mltest.regression.BaselineStore} reads and
 * atomically writes the JSON baselines.
 */
@NullMarked
package dev.mltest.regression;

import org.jspecify.annotations.NullMarked;
