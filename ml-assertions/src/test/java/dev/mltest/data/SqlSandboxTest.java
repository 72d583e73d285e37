package dev.mltest.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile {@code where}/{@code rowPredicate} SQL, the database lockdown and glob file names. */
class SqlSandboxTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "amount > 0",
        "abs(total - (net + tax)) < 0.01",
        "lower(name) LIKE 'a%' AND coalesce(age, 0) BETWEEN 1 AND 99",
        "regexp_matches(email, '^[a-z]+@') -- a trailing comment",
        "CASE WHEN kind = 'x' THEN amount > 0 ELSE TRUE END",
        "list_contains([1, 2, 3], code)",
        "from_json(payload, '{\"a\": \"INTEGER\"}').a > 0",
        "strptime(day, '%Y-%m-%d') < TIMESTAMP '2030-01-01'"
      })
  void ordinaryExpressionsAreAllowed(String expression) {
    assertThat(SqlExpressionPolicy.refusal(expression)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1); COPY (SELECT 1) TO '/tmp/mltest-pwned.csv' --",
        "TRUE; ATTACH '/tmp/x.db'",
        "TRUE; INSTALL httpfs",
        "TRUE; LOAD httpfs",
        "TRUE; SET enable_external_access = true",
        "TRUE) UNION SELECT (1",
        "TRUE) FROM read_text('/etc/passwd') --",
        "TRUE), (1",
        "TRUE) AS x --",
        "TRUE) LIMIT 1 --",
        "TRUE) WHERE (1",
      })
  void statementsAndWholeQueriesAreRefused(String expression) {
    assertThat(SqlExpressionPolicy.refusal(expression))
        .get()
        .asString()
        .containsAnyOf("only a single SQL expression", "not a valid SQL expression");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "(SELECT count(*) FROM read_text('/etc/passwd')) > 0",
        "name IN (SELECT content FROM read_text('/etc/passwd'))",
        "EXISTS (FROM glob('/etc/*'))",
        "(SELECT 42 FROM query('SELECT 1')) = 42",
      })
  void subqueriesAreRefused(String expression) {
    assertThat(SqlExpressionPolicy.refusal(expression))
        .get()
        .asString()
        .contains("a subquery (SELECT ...) at column")
        .contains("is not allowed");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "length(current_setting('allowed_paths')) > 0",
        "getenv('HOME') IS NOT NULL",
        "main.read_text('/etc/passwd') IS NULL",
        "length(glob('/etc/*')) > 0"
      })
  void functionsThatReachOutsideAreRefused(String expression) {
    assertThat(SqlExpressionPolicy.refusal(expression))
        .get()
        .asString()
        .containsPattern("the function \\w+\\(\\) at column \\d+ is not allowed");
  }

  @Test
  void aSyntaxErrorSaysWhere() {
    assertThat(SqlExpressionPolicy.refusal("amount >"))
        .get()
        .asString()
        .startsWith("not a valid SQL expression: syntax error");
    assertThat(SqlExpressionPolicy.refusal("amount /* open")).get().asString().contains("comment");
  }

  @Test
  void theBackendRefusesHostileSqlEvenWithoutTheParser() throws IOException {
    Path csv = dir.resolve("t.csv");
    Files.writeString(csv, "a\n1\n2\n");
    Path written = dir.resolve("pwned.csv");
    try (DataBackend backend = DataBackend.duckDb();
        BoundTable table = backend.open(Dataset.csv(csv))) {
      var good = new Measure.RowCount(RowCondition.ALWAYS);
      var copy =
          new Measure.RowCount(new RowCondition.Sql("1); COPY (SELECT 1) TO '" + written + "' --"));
      Measurements m = table.measure(List.of(good, copy));
      assertThat(m.count(good)).isEqualTo(2);
      assertThat(m.failure(copy))
          .get()
          .asString()
          .containsAnyOf("only a single SQL expression", "not a valid SQL expression");
    }
    assertThat(written).doesNotExist();
  }

  @Test
  void theDatabaseIsLockedDownOnceDatasetsAreBound() throws Exception {
    Path csv = dir.resolve("t.csv");
    Files.writeString(csv, "a\n1\n");
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CANARY");
    try (DuckDbBackend backend = new DuckDbBackend();
        BoundTable table = backend.open(Dataset.csv(csv))) {
      var rows = new Measure.RowCount(RowCondition.ALWAYS);
      assertThat(table.measure(List.of(rows)).count(rows)).isEqualTo(1);
      Connection c = backend.connection();
      for (String sql :
          List.of(
              "SELECT * FROM read_text('" + secret + "')",
              "SELECT * FROM glob('" + dir + "/*')",
              "COPY (SELECT 1) TO '" + dir.resolve("out.csv") + "'",
              "ATTACH '" + dir.resolve("x.db") + "'",
              "INSTALL httpfs",
              "LOAD httpfs",
              "SET enable_external_access = true",
              "SET allowed_paths = ['" + secret + "']",
              "SET lock_configuration = false")) {
        try (Statement s = c.createStatement()) {
          assertThatThrownBy(() -> s.execute(sql))
              .as(sql)
              .isInstanceOf(java.sql.SQLException.class);
        }
      }
      assertThatThrownBy(() -> backend.open(Dataset.csv(secret)))
          .isInstanceOf(DataAccessException.class)
          .hasMessageContaining("locked down");
    }
    assertThat(dir.resolve("out.csv")).doesNotExist();
    assertThat(dir.resolve("x.db")).doesNotExist();
  }

  @Test
  void globCharactersInFileNamesReadExactlyThatFile() throws Exception {
    Files.writeString(dir.resolve("sales[2024].csv"), "v\n1\n");
    Files.writeString(dir.resolve("sales2.csv"), "v\n20\n30\n");
    Files.writeString(dir.resolve("part*.csv"), "v\n5\n");
    Files.writeString(dir.resolve("part1.csv"), "v\n7\n8\n");
    Files.writeString(dir.resolve("what?.csv"), "v\n9\n");
    Files.writeString(dir.resolve("whatX.csv"), "v\n10\n11\n");
    for (String name : List.of("sales[2024].csv", "part*.csv", "what?.csv")) {
      try (DataBackend backend = DataBackend.duckDb();
          BoundTable table = backend.open(Dataset.csv(dir.resolve(name)))) {
        var rows = new Measure.RowCount(RowCondition.ALWAYS);
        assertThat(table.measure(List.of(rows)).count(rows)).as(name).isEqualTo(1);
      }
    }
  }

  @Test
  void databaseErrorsAreBoundedToOneLine() {
    String raw = "Error: Conversion Error: " + "x".repeat(5000) + "\nsecond line with data";
    String concise = DatabaseMessages.concise(raw);
    assertThat(concise).hasSizeLessThanOrEqualTo(DatabaseMessages.MAX_CHARS + 1);
    assertThat(concise).doesNotContain("second line").endsWith("…");
    assertThat(DatabaseMessages.bound("a\u001b[31mb")).isEqualTo("a [31mb");
  }

  @Test
  void theParserDatabaseItselfCannotReadFiles() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      DuckDbLockdown.apply(s, List.of());
      assertThatThrownBy(() -> s.execute("SELECT * FROM read_text('/etc/hostname')"))
          .hasMessageContaining("disabled by configuration");
    }
  }
}
