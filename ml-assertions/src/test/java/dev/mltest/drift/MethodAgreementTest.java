package dev.mltest.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The worst relative error of every method against SciPy over all golden cases: the figures in
 * docs/drift-statistics.md. Asserts them and writes target/drift-agreement/methods.md.
 *
 * <p>Distances of near-identical samples are compared absolutely and left out of the relative
 * figure, which says nothing there: below 1e-12, or below 1e-7 for Hellinger, whose square root
 * turns a rounding error e of the overlap into sqrt(e). P-values are always compared relatively,
 * however small, except an exact 0.
 */
class MethodAgreementTest {
  private static final GoldenValues GOLDEN = GoldenValues.get();

  /** Worst relative errors per "method quantity", filled by {@link #measure()}. */
  private static Map<String, double[]> measure() {
    Map<String, double[]> worst = new LinkedHashMap<>();
    for (String name : GOLDEN.cases("numeric")) {
      NumericSample reference = NumericSample.of(GOLDEN.numericReference(name));
      NumericSample current = NumericSample.of(GOLDEN.numericCurrent(name));
      for (DriftMethod method : DriftMethod.values()) {
        if (method.supports(ColumnKind.NUMERIC)
            && GOLDEN.has(name, method.key(), quantity(method))) {
          record(worst, name, method, ColumnDrift.numeric(name, reference, current, method));
        }
      }
      if (GOLDEN.has(name, "tvd", "score")) {
        effect(
            worst,
            name,
            ColumnDrift.numeric(
                name,
                reference,
                current,
                DriftConfig.defaults().withMethod(DriftMethod.CHISQUARE, null)));
      }
    }
    for (String name : GOLDEN.cases("categorical")) {
      CategoricalSample reference = CategoricalSample.of(GOLDEN.categoricalReference(name));
      CategoricalSample current = CategoricalSample.of(GOLDEN.categoricalCurrent(name));
      for (DriftMethod method : DriftMethod.values()) {
        if (method.supports(ColumnKind.CATEGORICAL)) {
          record(worst, name, method, ColumnDrift.categorical(name, reference, current, method));
        }
      }
      effect(worst, name, ColumnDrift.categorical(name, reference, current));
    }
    return worst;
  }

  /** The default rule's effect size for the contingency test: the total variation distance. */
  private static void effect(Map<String, double[]> worst, String name, ColumnDriftResult result) {
    update(
        worst,
        "tvd (effect size of the default rule)",
        result.effect().value(),
        GOLDEN.number(name, "tvd", "score"),
        1e-15);
  }

  private static String quantity(DriftMethod method) {
    return method.scoreKind() == ScoreKind.P_VALUE ? "pvalue" : "score";
  }

  private static void record(
      Map<String, double[]> worst, String name, DriftMethod method, ColumnDriftResult result) {
    String key = method.key();
    double expectedScore = GOLDEN.number(name, key, quantity(method));
    if (Double.isNaN(expectedScore)) {
      return; // chi-square with one category: SciPy NaN, documented and tested elsewhere
    }
    String mode = method == DriftMethod.KS ? " (" + GOLDEN.text(name, "ks", "mode") + ")" : "";
    double nearZero =
        method == DriftMethod.HELLINGER
            ? 1e-7
            : method.scoreKind() == ScoreKind.P_VALUE ? 0 : 1e-12;
    update(worst, key + " " + quantity(method) + mode, result.score(), expectedScore, nearZero);
    if (method.scoreKind() == ScoreKind.P_VALUE) {
      double statistic = GOLDEN.number(name, key, "statistic");
      update(worst, key + " statistic", result.statistic(), statistic, 1e-12);
    }
  }

  private static void update(
      Map<String, double[]> worst, String what, double actual, double expected, double nearZero) {
    double[] entry = worst.computeIfAbsent(what, k -> new double[] {0, 0, 0});
    entry[2]++;
    if (Math.abs(expected) <= nearZero) {
      entry[1] = Math.max(entry[1], Math.abs(actual - expected));
    } else {
      entry[0] = Math.max(entry[0], RelativeError.of(actual, expected));
    }
  }

  @Test
  void everyMethodAgreesWithScipy() throws IOException {
    Map<String, double[]> worst = measure();
    List<String> lines = new ArrayList<>();
    lines.add(
        "| method, quantity | comparisons | worst relative error | worst absolute error near 0 |");
    lines.add("|---|---:|---:|---:|");
    worst.forEach(
        (what, e) ->
            lines.add(
                String.format(
                    Locale.ROOT, "| %s | %d | %.1e | %.1e |", what, (long) e[2], e[0], e[1])));
    Path directory = Path.of("target", "drift-agreement");
    Files.createDirectories(directory);
    Files.write(directory.resolve("methods.md"), lines);

    worst.forEach(
        (what, e) -> {
          assertThat(e[0]).as(what + " relative").isLessThanOrEqualTo(1e-12);
          assertThat(e[1]).as(what + " absolute").isLessThanOrEqualTo(3e-8);
        });
  }
}
