package dev.mltest.regression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.lineage.SampleDefinition;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SampleQueryTest {
  @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir;

  @Test
  void rowNumbersFollowTheFileOrderWhateverTheThreadCount() throws Exception {
    java.nio.file.Path file = dir.resolve("big.csv");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute(
          "COPY (SELECT i AS id, i % 7 AS x, CASE WHEN i % 3 = 0 THEN 'a' ELSE 'b' END AS y"
              + " FROM range(0, 1000000) t(i)) TO '"
              + file
              + "' (HEADER)");
    }
    SampleDefinition definition =
        new SampleDefinition(
            "y", java.util.List.of("id"), 0.01, null, true, 0.2, SampleDefinition.ALGORITHM);
    java.util.Map<String, Long> counts = java.util.Map.of("a", 333_334L, "b", 666_666L);
    java.util.Map<String, Long> quotas = SampleQuery.quotas(counts, definition);
    var dataset = dev.mltest.data.Dataset.csv(file);
    var features = java.util.List.of("id");
    String bounded =
        SampleQuery.sql(
            dataset,
            "y",
            "y",
            features,
            definition,
            42,
            quotas,
            SampleQuery.keyBound(counts, quotas));
    String unbounded =
        SampleQuery.sql(dataset, "y", "y", features, definition, 42, quotas, SampleQuery.NO_BOUND);
    java.util.List<String> previous = null;
    for (int run = 0; run < 4; run++) {
      int threads = new int[] {1, 4, 8, 4}[run];
      String sql = run == 3 ? unbounded : bounded;
      java.util.List<String> rows = new java.util.ArrayList<>();
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
          Statement s = c.createStatement()) {
        s.execute("SET threads = " + threads);
        try (ResultSet rs = s.executeQuery(sql)) {
          while (rs.next()) {
            assertThat(rs.getLong("id")).isEqualTo(rs.getLong("__rn"));
            rows.add(rs.getLong("id") + ":" + rs.getBoolean("__test"));
          }
        }
      }
      assertThat(rows).hasSize(10_000);
      assertThat(rows.stream().filter(r -> r.endsWith("true")).count()).isBetween(1_999L, 2_001L);
      if (previous != null) {
        assertThat(rows).as("run %d, %d threads", run, threads).isEqualTo(previous);
      }
      previous = rows;
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 42, -7, Long.MAX_VALUE, Long.MIN_VALUE})
  void theSqlKeyEqualsItsJavaTwin(long seed) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT i, "
                    + SampleQuery.keySql("i", seed)
                    + " FROM range(0, 5000) t(i) ORDER BY i")) {
      int rows = 0;
      while (rs.next()) {
        assertThat(rs.getLong(2))
            .as("row %d", rs.getLong(1))
            .isEqualTo(SampleQuery.key(rs.getLong(1), seed));
        rows++;
      }
      assertThat(rows).isEqualTo(5000);
    }
  }

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
      keys[i] = SampleQuery.key(i, 42) * 10_000L + i;
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
