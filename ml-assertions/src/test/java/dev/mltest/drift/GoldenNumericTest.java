package dev.mltest.drift;

import static dev.mltest.drift.RelativeError.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every numeric method against the SciPy/NumPy values of generate_golden.py, on the committed data
 * files. Statistics and distances agree to 1e-9 relative; p-values to 1e-6 relative where both
 * sides use the exact distribution (the measured agreement is much closer, see KsAgreementTest and
 * docs/drift-statistics.md).
 */
class GoldenNumericTest {
  private static final double STATISTIC = 1e-9;
  private static final double P_VALUE = 1e-6;
  private static final GoldenValues GOLDEN = GoldenValues.get();

  static Stream<String> cases() {
    return GOLDEN.cases("numeric").stream();
  }

  private static NumericSample reference(String name) {
    return NumericSample.of(GOLDEN.numericReference(name));
  }

  private static NumericSample current(String name) {
    return NumericSample.of(GOLDEN.numericCurrent(name));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void cleaningDropsAndCountsNanAndInfinities(String name) {
    SampleSummary reference = reference(name).summary();
    SampleSummary current = current(name).summary();

    assertThat(reference.size()).isEqualTo(GOLDEN.integer(name, "cleaning", "reference_size"));
    assertThat(reference.droppedNaN()).isEqualTo(GOLDEN.integer(name, "cleaning", "reference_nan"));
    assertThat(reference.droppedInfinite())
        .isEqualTo(GOLDEN.integer(name, "cleaning", "reference_infinite"));
    assertThat(current.size()).isEqualTo(GOLDEN.integer(name, "cleaning", "current_size"));
    assertThat(current.droppedNaN()).isEqualTo(GOLDEN.integer(name, "cleaning", "current_nan"));
    assertThat(current.droppedInfinite())
        .isEqualTo(GOLDEN.integer(name, "cleaning", "current_infinite"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void tiesAreCounted(String name) {
    ColumnDriftResult result =
        ColumnDrift.numeric(name, reference(name), current(name), DriftMethod.KS);

    assertThat(result.reference().tiedValues())
        .isEqualTo(GOLDEN.integer(name, "ties", "reference_tied"));
    assertThat(result.reference().distinctValues())
        .isEqualTo(GOLDEN.integer(name, "ties", "reference_distinct"));
    assertThat(result.current().tiedValues())
        .isEqualTo(GOLDEN.integer(name, "ties", "current_tied"));
    assertThat(result.ties().sharedValues())
        .isEqualTo(GOLDEN.integer(name, "ties", "shared_values"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void defaultRuleAndEvidentlyPresetChooseTheirMethods(String name) {
    DriftMethod expected = DriftMethod.fromKey(GOLDEN.text(name, "default", "method"));
    DriftMethod evidently = DriftMethod.fromKey(GOLDEN.text(name, "evidently", "method"));

    ColumnDriftResult result = ColumnDrift.numeric(name, reference(name), current(name));
    ColumnDriftResult preset =
        ColumnDrift.numeric(name, reference(name), current(name), DriftConfig.evidently());

    assertThat(result.method()).isEqualTo(expected);
    assertThat(result.threshold()).isEqualTo(expected.defaultThreshold());
    assertThat(result.effect()).isNotNull();
    assertThat(preset.method()).isEqualTo(evidently);
    assertThat(preset.effect()).isNull();
    assertThat(DefaultMethodRule.choose(reference(name), current(name))).isEqualTo(evidently);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void kolmogorovSmirnovMatchesKs2samp(String name) {
    ColumnDriftResult result =
        ColumnDrift.numeric(name, reference(name), current(name), DriftMethod.KS);

    String mode = GOLDEN.text(name, "ks", "mode");
    assertThat(result.pValueComputation().name()).isEqualToIgnoringCase(mode);
    assertClose(name + " D", result.statistic(), GOLDEN.number(name, "ks", "statistic"), STATISTIC);
    double tolerance = mode.equals("exact") ? P_VALUE : KsAgreementTest.ASYMPTOTIC_P_TOLERANCE;
    assertClose(name + " p", result.score(), GOLDEN.number(name, "ks", "pvalue"), tolerance);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void wassersteinMatchesScipy(String name) {
    ColumnDriftResult result =
        ColumnDrift.numeric(name, reference(name), current(name), DriftMethod.WASSERSTEIN);

    assertClose(
        name, result.score(), GOLDEN.number(name, "wasserstein", "score"), STATISTIC, 1e-15);
    assertThat(result.binning()).isEqualTo(new Binning.None());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void binnedDistancesMatchEvidentlyBinning(String name) {
    for (DriftMethod method :
        List.of(DriftMethod.JENSENSHANNON, DriftMethod.PSI, DriftMethod.KL_DIV)) {
      String key = method.key();
      ColumnDriftResult result = ColumnDrift.numeric(name, reference(name), current(name), method);

      assertClose(
          name + " " + key, result.score(), GOLDEN.number(name, key, "score"), STATISTIC, 1e-15);
      List<Long> referenceCounts = boxed(GOLDEN.integers(name, key, "reference_counts"));
      List<Long> currentCounts = boxed(GOLDEN.integers(name, key, "current_counts"));
      if (GOLDEN.text(name, key, "binning").equals("edges")) {
        assertThat(result.binning())
            .isEqualTo(
                new Binning.Histogram(
                    boxed(GOLDEN.numbers(name, key, "edges")), referenceCounts, currentCounts));
      } else if (referenceCounts.size() > Binning.Values.MAX_BUCKETS) {
        // The report keeps the largest buckets and sums the rest; the score used them all.
        Binning.Values values = (Binning.Values) result.binning();
        assertThat(values.values()).hasSize(Binning.Values.MAX_BUCKETS);
        assertThat(values.values().get(Binning.Values.MAX_BUCKETS - 1))
            .isEqualTo(
                "(other: %,d values)"
                    .formatted(referenceCounts.size() - Binning.Values.MAX_BUCKETS + 1));
        assertThat(values.referenceCounts().stream().mapToLong(Long::longValue).sum())
            .isEqualTo(referenceCounts.stream().mapToLong(Long::longValue).sum());
        assertThat(values.currentCounts().stream().mapToLong(Long::longValue).sum())
            .isEqualTo(currentCounts.stream().mapToLong(Long::longValue).sum());
      } else {
        assertThat(result.binning()).isInstanceOf(Binning.Values.class);
        Binning.Values values = (Binning.Values) result.binning();
        // Python's set keeps the first zero it meets, possibly -0.0; the sample normalises to 0.0.
        assertThat(values.values().stream().map(Double::parseDouble).toList())
            .isEqualTo(
                boxed(
                    Arrays.stream(GOLDEN.numbers(name, key, "values"))
                        .map(v -> v + 0.0)
                        .toArray()));
        assertThat(values.referenceCounts()).isEqualTo(referenceCounts);
        assertThat(values.currentCounts()).isEqualTo(currentCounts);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void hellingerMatchesEvidentlyNumericVariant(String name) {
    ColumnDriftResult result =
        ColumnDrift.numeric(name, reference(name), current(name), DriftMethod.HELLINGER);

    // sqrt(1 - overlap) turns a rounding error e of the overlap into sqrt(e): for identical
    // samples NumPy's overlap is 1 - 1.1e-16, giving 1.05e-8 where the compensated sum gives 0.
    assertClose(name, result.score(), GOLDEN.number(name, "hellinger", "score"), STATISTIC, 3e-8);
    assertThat(((Binning.Histogram) result.binning()).edges())
        .isEqualTo(boxed(GOLDEN.numbers(name, "hellinger", "edges")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void valueTestsMatchScipyWhereValuesAreFew(String name) {
    if (!GOLDEN.has(name, "chisquare", "pvalue")) {
      return;
    }
    ColumnDriftResult chi =
        ColumnDrift.numeric(name, reference(name), current(name), DriftMethod.CHISQUARE);
    ColumnDriftResult gof =
        ColumnDrift.numeric(name, reference(name), current(name), DriftMethod.CHISQUARE_GOF);
    ColumnDriftResult z = ColumnDrift.numeric(name, reference(name), current(name), DriftMethod.Z);
    ColumnDriftResult byDefault =
        ColumnDrift.numeric(
            name,
            reference(name),
            current(name),
            DriftConfig.defaults().withMethod(DriftMethod.CHISQUARE, null));

    assertClose(
        name + " chi2", chi.statistic(), GOLDEN.number(name, "chisquare", "statistic"), STATISTIC);
    assertClose(name + " chi2 p", chi.score(), GOLDEN.number(name, "chisquare", "pvalue"), P_VALUE);
    assertClose(
        name + " gof",
        gof.statistic(),
        GOLDEN.number(name, "chisquare_gof", "statistic"),
        STATISTIC);
    assertClose(
        name + " gof p", gof.score(), GOLDEN.number(name, "chisquare_gof", "pvalue"), P_VALUE);
    assertClose(
        name + " tvd",
        byDefault.effect().value(),
        GOLDEN.number(name, "tvd", "score"),
        STATISTIC,
        1e-15);
    assertClose(
        name + " z", z.statistic(), GOLDEN.number(name, "z", "statistic"), STATISTIC, 1e-15);
    assertClose(name + " z p", z.score(), GOLDEN.number(name, "z", "pvalue"), P_VALUE);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void outOfReferenceRangeShare(String name) {
    ReferenceCoverage.OutOfRange range =
        ReferenceCoverage.outOfReferenceRange(reference(name), current(name));

    assertThat(range.count()).isEqualTo(GOLDEN.integer(name, "out_of_range", "count"));
    assertThat(range.share()).isEqualTo(GOLDEN.number(name, "out_of_range", "share"));
  }

  static List<Long> boxed(long[] values) {
    return Arrays.stream(values).boxed().toList();
  }

  static List<Double> boxed(double[] values) {
    return Arrays.stream(values).boxed().toList();
  }
}
