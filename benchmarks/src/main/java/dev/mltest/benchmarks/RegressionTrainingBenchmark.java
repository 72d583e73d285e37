package dev.mltest.benchmarks;

import dev.mltest.data.Dataset;
import dev.mltest.regression.ModelEvaluation;
import dev.mltest.regression.SampleTraining;
import dev.mltest.regression.TrainingSpec;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.evaluation.LabelEvaluator;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.data.columnar.FieldProcessor;
import org.tribuo.data.columnar.RowProcessor;
import org.tribuo.data.columnar.processors.field.DoubleFieldProcessor;
import org.tribuo.data.columnar.processors.field.IdentityProcessor;
import org.tribuo.data.columnar.processors.response.FieldResponseProcessor;
import org.tribuo.data.csv.CSVDataSource;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Times a sample-training regression test — a stratified 5% sample of a 1,000,000-row churn CSV,
 * logistic regression, evaluation — against the same job in plain Tribuo code (the whole CSV read
 * with {@code CSVDataSource}, a seeded 5% kept, split 75/25, trained and evaluated). Prints a
 * markdown table; each figure is the median of {@code --repeats} runs after one warm-up run.
 *
 * <pre>
 * mvn -q -pl benchmarks -am install -DskipTests &amp;&amp; mvn -q -pl benchmarks exec:exec@regression
 * </pre>
 */
public final class RegressionTrainingBenchmark {
  private static final List<String> NUMERIC =
      List.of("tenure_months", "monthly_charges", "total_charges", "support_tickets");
  private static final List<String> CATEGORICAL =
      List.of("senior", "dependents", "contract", "internet_service", "payment_method");

  private RegressionTrainingBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    long rows = Long.parseLong(options.getOrDefault("rows", "1000000"));
    int repeats = Integer.parseInt(options.getOrDefault("repeats", "3"));
    Path dir = Path.of(options.getOrDefault("dir", "target/bench-data"));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path file = ChurnBenchmarkData.write(dir, rows);

    double[][] mltest = new double[repeats][];
    double[][] plain = new double[repeats][];
    runMlTest(file);
    runPlainTribuo(file);
    for (int i = 0; i < repeats; i++) {
      mltest[i] = runMlTest(file);
      plain[i] = runPlainTribuo(file);
    }
    out.printf(
        Locale.ROOT,
        "| figure (%,d rows, 5%% stratified sample, logistic regression, median of %d) | total (s) | load + sample (s) | train (s) | evaluate (s) | train + evaluate (s) | rows trained / tested |%n",
        rows,
        repeats);
    out.println("|---|---|---|---|---|---|---|");
    row(out, "MLTest `SampleTraining.run` (DuckDB sample)", mltest);
    row(out, "plain Tribuo (`CSVDataSource`, whole file read)", plain);
  }

  /** {total, load+sample, train, evaluate, trainRows, testRows} in seconds / rows. */
  private static double[] runMlTest(Path file) {
    long start = System.nanoTime();
    ModelEvaluation evaluation =
        SampleTraining.run(
            TrainingSpec.classification(new LogisticRegressionTrainer())
                .data(Dataset.csv(file))
                .label("churned")
                .exclude("customer_id")
                .sampleFraction(0.05)
                .stratified()
                .testFraction(0.25)
                .seed(42)
                .metrics("accuracy", "macroF1", "auc")
                .build());
    double total = (System.nanoTime() - start) / 1e9;
    var t = evaluation.timings();
    return new double[] {
      total,
      total - (t.trainMillis() + t.evaluateMillis()) / 1e3,
      t.trainMillis() / 1e3,
      t.evaluateMillis() / 1e3,
      evaluation.lineage().trainRows(),
      evaluation.lineage().testRows()
    };
  }

  private static double[] runPlainTribuo(Path file) {
    long start = System.nanoTime();
    LabelFactory factory = new LabelFactory();
    Map<String, FieldProcessor> fields = new HashMap<>();
    NUMERIC.forEach(c -> fields.put(c, new DoubleFieldProcessor(c)));
    CATEGORICAL.forEach(c -> fields.put(c, new IdentityProcessor(c)));
    RowProcessor<Label> processor =
        new RowProcessor<>(new FieldResponseProcessor<>("churned", "no", factory), fields);
    CSVDataSource<Label> source = new CSVDataSource<>(file, processor, true);
    SplittableRandom random = new SplittableRandom(42);
    List<Example<Label>> train = new ArrayList<>();
    List<Example<Label>> test = new ArrayList<>();
    for (Example<Label> example : source) {
      if (random.nextDouble() < 0.05) {
        (random.nextDouble() < 0.25 ? test : train).add(example);
      }
    }
    MutableDataset<Label> trainSet =
        new MutableDataset<>(train, new SimpleDataSourceProvenance("train", factory), factory);
    MutableDataset<Label> testSet =
        new MutableDataset<>(test, new SimpleDataSourceProvenance("test", factory), factory);
    long loaded = System.nanoTime();
    Model<Label> model = new LogisticRegressionTrainer().train(trainSet);
    long trained = System.nanoTime();
    var evaluation = new LabelEvaluator().evaluate(model, testSet);
    // The response processor may upper-case labels: find "yes" whatever its case.
    Label positive =
        model.getOutputIDInfo().getDomain().stream()
            .filter(l -> l.getLabel().equalsIgnoreCase("yes"))
            .findFirst()
            .orElseThrow();
    evaluation.AUCROC(positive);
    evaluation.macroAveragedF1();
    long evaluated = System.nanoTime();
    return new double[] {
      (evaluated - start) / 1e9,
      (loaded - start) / 1e9,
      (trained - loaded) / 1e9,
      (evaluated - trained) / 1e9,
      train.size(),
      test.size()
    };
  }

  private static void row(PrintStream out, String name, double[][] runs) {
    double[] median = new double[runs[0].length];
    for (int column = 0; column < median.length; column++) {
      double[] values = new double[runs.length];
      for (int i = 0; i < runs.length; i++) {
        values[i] = runs[i][column];
      }
      Arrays.sort(values);
      median[column] = values[values.length / 2];
    }
    out.printf(
        Locale.ROOT,
        "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %,d / %,d |%n",
        name,
        median[0],
        median[1],
        median[2],
        median[3],
        median[2] + median[3],
        (long) median[4],
        (long) median[5]);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (String arg : args) {
      if (arg.startsWith("--") && arg.contains("=")) {
        options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      }
    }
    return options;
  }
}
