package dev.mltest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.data.BoundTable;
import dev.mltest.data.DataBackend;
import dev.mltest.data.DataBackends;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * Backends opened while a session exists share it: closing one (twice, even) leaves the session
 * running for the others, as a drift section's backend closes before the run's suites are done.
 */
class SessionSharingTest {
  @Test
  void closingOneBackendLeavesTheSharedSessionRunning() {
    SharedSpark.backend();
    SparkSession session = SparkSession.getDefaultSession().get();
    DataBackend second = DataBackends.open("spark", Map.of());
    try (BoundTable table =
        second.open(dev.mltest.data.Dataset.csv(SparkEngineTest.resource("suites/people.csv")))) {
      assertThat(table.schema().names()).contains("id", "income");
    }
    second.close();
    second.close();
    assertThat(session.sparkContext().isStopped()).isFalse();
    try (DataBackend third = DataBackends.open("spark", Map.of());
        BoundTable table =
            third.open(
                dev.mltest.data.Dataset.csv(SparkEngineTest.resource("suites/people.csv")))) {
      assertThat(table.labelCounts("active", true)).containsOnlyKeys("true", "false");
    }
    assertThat(session.sparkContext().isStopped()).isFalse();
  }
}
