package dev.mltest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DuckDB strptime patterns judged on the JVM exactly as DuckDB's {@code try_strptime} does. */
class StrptimePatternTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "%Y-%m-%d|2024-02-29",
        "%Y-%m-%d|2023-02-29",
        "%Y-%m-%d|2024-2-3",
        "%d/%m/%Y|31/12/2024",
        "%d/%m/%Y|2024-12-31",
        "%Y-%m-%d %H:%M:%S|2024-01-01 23:59:59",
        "%Y-%m-%d %H:%M:%S|2024-01-01 24:00:00",
        "%d %b %Y|05 Mar 2024",
        "%Y%m%d|20240115",
      })
  void parsesAsDuckDbDoes(String pattern, String text) throws SQLException {
    assertThat(StrptimePattern.of(pattern).parses(text))
        .as("%s against %s", text, pattern)
        .isEqualTo(duckDbParses(pattern, text));
  }

  private static boolean duckDbParses(String pattern, String text) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement s = c.prepareStatement("SELECT try_strptime(?, ?) IS NOT NULL")) {
      s.setString(1, text);
      s.setString(2, pattern);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }
}
