package dev.mltest.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DuckDbSamplingTest {
  @TempDir Path dir;

  private static SampleDraw draw(Map<String, Long> quotas, long keyBound) {
    return new SampleDraw("y", false, List.of("id"), null, true, quotas, keyBound, 0.2, 42);
  }

  @Test
  void rowNumbersFollowTheFileOrderWhateverTheThreadCount() throws Exception {
    Path file = dir.resolve("big.csv");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute(
          "COPY (SELECT i AS id, i % 7 AS x, CASE WHEN i % 3 = 0 THEN 'a' ELSE 'b' END AS y"
              + " FROM range(0, 1000000) t(i)) TO '"
              + file
              + "' (HEADER)");
    }
    Map<String, Long> quotas = Map.of("a", 3_333L, "b", 6_667L);
    String from = "read_csv('%s', types = {'y': 'VARCHAR'})".formatted(file);
    // A bound keeping about 1.3% of the rows: enough for a 1% quota in each stratum.
    String bounded = DuckDbSampling.sql(from, draw(quotas, SampleDraw.MODULUS / 75));
    String unbounded = DuckDbSampling.sql(from, draw(quotas, SampleDraw.NO_BOUND));
    List<String> previous = null;
    for (int run = 0; run < 4; run++) {
      int threads = new int[] {1, 4, 8, 4}[run];
      String sql = run == 3 ? unbounded : bounded;
      List<String> rows = new ArrayList<>();
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
  void theSqlKeyEqualsItsJavaDefinition(long seed) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT i, "
                    + DuckDbSampling.keySql("i", seed)
                    + " FROM range(0, 5000) t(i) ORDER BY i")) {
      int rows = 0;
      while (rs.next()) {
        assertThat(rs.getLong(2))
            .as("row %d", rs.getLong(1))
            .isEqualTo(SampleDraw.key(rs.getLong(1), seed));
        rows++;
      }
      assertThat(rows).isEqualTo(5000);
    }
  }

  @Test
  void aBoundTableDrawsThroughTheBackendWithTypedValues() throws Exception {
    Path file = dir.resolve("small.csv");
    java.nio.file.Files.writeString(
        file, "id,flag,amount,plan,churned\n1,true,1.5,a,yes\n2,false,,b,no\n3,true,3.5,,yes\n");
    FileDataset data = Dataset.csv(file).withTypes(Map.of("churned", "VARCHAR"));
    List<SampledRow> rows = new ArrayList<>();
    try (DataBackend backend = DataBackend.duckDb();
        BoundTable table = backend.open(data)) {
      assertThat(table.labelCounts("churned", true))
          .containsOnly(Map.entry("yes", 2L), Map.entry("no", 1L));
      assertThat(table.labelCounts("churned", false)).containsOnly(Map.entry("", 3L));
      table.drawSample(
          new SampleDraw(
              "churned",
              false,
              List.of("flag", "amount", "plan"),
              "id",
              false,
              Map.of("", 3L),
              SampleDraw.NO_BOUND,
              0.34,
              7),
          rows::add);
    }
    assertThat(rows).extracting(SampledRow::key).containsExactly("1", "2", "3");
    assertThat(rows).extracting(SampledRow::label).containsExactly("yes", "no", "yes");
    assertThat(rows.get(0).features()).containsExactly(true, 1.5, "a");
    assertThat(rows.get(1).features()).containsExactly(false, null, "b");
    assertThat(rows.get(2).features()).containsExactly(true, 3.5, null);
    assertThat(rows).filteredOn(SampledRow::test).hasSize(1);
  }
}
