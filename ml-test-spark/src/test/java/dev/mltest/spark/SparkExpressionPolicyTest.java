package dev.mltest.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mltest.data.DataAccessException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The portable SQL subset: what both backends accept, and the refusals that name Spark. */
class SparkExpressionPolicyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "age >= 18 AND segment IN ('retail', 'business')",
        "income IS NULL OR abs(income - 10) < 0.5",
        "CASE WHEN age > 60 THEN 'senior' ELSE 'adult' END = 'adult'",
        "coalesce(email, '') LIKE '%@example.com'",
        "length(lower(country)) = 2",
        "regexp_matches(email, '^user[0-9]+@')",
        "joined >= DATE '2024-01-01'"
      })
  void portableExpressionsAreAllowed(String expression) {
    assertThat(SparkExpressionPolicy.refusal(expression)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "age > (SELECT 1)|subquery",
        "reflect('java.lang.System', 'exit', '0') IS NULL|reflect",
        "java_method('java.lang.Runtime', 'getRuntime') IS NULL|java_method",
        "email = 'a\\b'|backslash",
        "age >>>> 3|cannot parse",
        "1; DROP TABLE x|",
      })
  void nonPortableExpressionsAreRefusedWithTheReason(String expression, String reason) {
    assertThat(SparkExpressionPolicy.refusal(expression))
        .hasValueSatisfying(message -> assertThat(message).contains(reason == null ? "" : reason));
  }

  @Test
  void aDuckDbOnlyFunctionIsRefusedByName() {
    assertThat(SparkExpressionPolicy.refusal("read_csv('x') IS NULL")).isPresent();
  }

  @Test
  void anUnknownSettingNamesTheAcceptedOnes() {
    assertThatThrownBy(() -> SparkSettings.parse(Map.of("mastr", "local")))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("mltest.spark.mastr")
        .hasMessageContaining("mltest.spark.master");
    assertThatThrownBy(() -> SparkSettings.parse(Map.of("driver-max-values", "-1")))
        .hasMessageContaining("positive whole number");
    SparkSettings settings =
        SparkSettings.parse(Map.of("master", "local[1]", "spark.sql.shuffle.partitions", "3"));
    assertThat(settings.master()).isEqualTo("local[1]");
    assertThat(settings.sparkConf()).containsEntry("spark.sql.shuffle.partitions", "3");
  }
}
