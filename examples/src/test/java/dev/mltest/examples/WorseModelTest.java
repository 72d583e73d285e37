package dev.mltest.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;

/**
 * Keeps the worse-model profile honest: with the pipeline's two strongest features dropped, the
 * committed baseline's AUC regression test must fail as {@code REGRESSION}, naming the change.
 */
class WorseModelTest {
  @TempDir Path dir;

  @Test
  void droppingTheStrongestFeaturesFailsAsARegression() {
    String before = System.getProperty("churn.pipeline.drop");
    System.setProperty("churn.pipeline.drop", "contract,tenure_months");
    EngineExecutionResults results;
    try {
      results =
          EngineTestKit.engine("ml-test")
              .selectors(selectMethod(ChurnModelRegressionTest.class, "logisticRegression"))
              .outputDirectoryCreator(new TempOutput(dir))
              .execute();
    } finally {
      if (before == null) {
        System.clearProperty("churn.pipeline.drop");
      } else {
        System.setProperty("churn.pipeline.drop", before);
      }
    }
    List<Event> failed = results.testEvents().failed().list();
    Event auc =
        failed.stream()
            .filter(e -> e.getTestDescriptor().getDisplayName().endsWith(" › auc"))
            .findFirst()
            .orElseThrow();
    Throwable failure =
        auc.getPayload(org.junit.platform.engine.TestExecutionResult.class)
            .orElseThrow()
            .getThrowable()
            .orElseThrow();
    assertThat(failure).isInstanceOf(AssertionFailedError.class);
    assertThat(failure.getMessage())
        .startsWith("REGRESSION: auc")
        .contains("CI [")
        .contains("(dropped tenure_months, contract)");
  }
}
