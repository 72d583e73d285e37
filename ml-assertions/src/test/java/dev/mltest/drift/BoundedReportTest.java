package dev.mltest.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A column with hundreds of thousands of categories keeps a few kilobytes of detail, not a hundred
 * megabytes.
 */
class BoundedReportTest {

  @Test
  void manyCategoriesKeepFiftyBucketsAndAHundredNewNames() {
    Map<String, Long> reference = new LinkedHashMap<>();
    Map<String, Long> current = new LinkedHashMap<>();
    for (int i = 0; i < 200_000; i++) {
      reference.put("ref-" + i, 1L);
      current.put("cur-" + i, 1L);
    }
    reference.put("big", 500_000L);
    current.put("big", 500_000L);

    ColumnDriftResult result =
        ColumnDrift.categorical(
            "token",
            CategoricalSample.ofCounts(reference),
            CategoricalSample.ofCounts(current),
            DriftMethod.JENSENSHANNON);

    Binning.Values buckets = (Binning.Values) result.binning();
    assertThat(buckets.values()).hasSize(Binning.Values.MAX_BUCKETS).contains("big");
    assertThat(buckets.values().get(Binning.Values.MAX_BUCKETS - 1))
        .isEqualTo("(other: 399,952 values)");
    assertThat(buckets.referenceCounts().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(700_000L);
    assertThat(result.newCategories()).hasSize(ColumnDriftResult.MAX_LISTED_NEW_CATEGORIES);
    assertThat(result.newCategoryCount()).isEqualTo(200_000L);
  }
}
