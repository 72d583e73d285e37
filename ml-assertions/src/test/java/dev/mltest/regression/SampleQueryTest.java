package dev.mltest.regression;

import static org.assertj.core.api.Assertions.assertThat;

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
    String sql =
        SampleQuery.sql(
            dev.mltest.data.Dataset.csv(file), "y", "y", java.util.List.of("id"), definition, 42);
    java.util.List<String> previous = null;
    for (int threads : new int[] {1, 4, 8}) {
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
      assertThat(rows.stream().filter(r -> r.endsWith("true")).count()).isEqualTo(2_000);
      if (previous != null) {
        assertThat(rows).as("%d threads", threads).isEqualTo(previous);
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
