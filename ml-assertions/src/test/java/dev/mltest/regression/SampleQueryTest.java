package dev.mltest.regression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.lineage.SampleDefinition;
import org.junit.jupiter.api.Test;

class SampleQueryTest {
  @Test
  void quotasFollowTheSampleDefinition() {
    SampleDefinition byFraction =
        new SampleDefinition(
            "y", java.util.List.of(), 0.05, null, true, 0.2, SampleDefinition.ALGORITHM);
    assertThat(SampleQuery.quotas(java.util.Map.of("a", 1_000L, "b", 10L), byFraction))
        .containsEntry("a", 50L)
        .containsEntry("b", 1L);
    SampleDefinition bySize =
        new SampleDefinition(
            "y", java.util.List.of(), null, 100L, true, 0.2, SampleDefinition.ALGORITHM);
    assertThat(SampleQuery.quotas(java.util.Map.of("a", 750L, "b", 250L), bySize))
        .containsEntry("a", 75L)
        .containsEntry("b", 25L);
    SampleDefinition tooMany =
        new SampleDefinition(
            "y", java.util.List.of(), null, 5_000L, false, 0.2, SampleDefinition.ALGORITHM);
    assertThat(SampleQuery.quotas(java.util.Map.of("", 1_000L), tooMany)).containsEntry("", 1_000L);
  }

  @Test
  void theKeyBoundLeavesAMarginAndIsOffForLargeShares() {
    java.util.Map<String, Long> counts = java.util.Map.of("", 1_000_000L);
    long bound = SampleQuery.keyBound(counts, java.util.Map.of("", 50_000L));
    assertThat((double) bound / SampleQuery.NO_BOUND).isBetween(0.0505, 0.052);
    assertThat(SampleQuery.keyBound(java.util.Map.of("", 20L), java.util.Map.of("", 10L)))
        .isEqualTo(SampleQuery.NO_BOUND);
  }

  @Test
  void keysSpreadTheFirstRowsOverTheWholeRange() {
    // The 100 smallest keys of 10,000 rows should come from all over the file, not its start.
    long[] keys = new long[10_000];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = dev.mltest.data.SampleDraw.key(i, 42) * 10_000L + i;
    }
    java.util.Arrays.sort(keys);
    int early = 0;
    for (int i = 0; i < 100; i++) {
      if (keys[i] % 10_000 < 5_000) {
        early++;
      }
    }
    assertThat(early).isBetween(30, 70);
  }
}
