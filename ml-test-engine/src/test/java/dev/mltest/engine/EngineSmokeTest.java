package dev.mltest.engine;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

class EngineSmokeTest {
  @TempDir Path out;

  @Test
  void runsASuite() {
    var results =
        EngineTestKit.engine(new MlTestEngine())
            .selectors(
                selectClasspathResource("fixtures/basic/customers.mltest.yaml"),
                selectClasspathResource("fixtures/basic/broken.mltest.yaml"))
            .outputDirectoryCreator(new TempDirOutput(out))
            .execute();
    results.allEvents().debug();
    results.testEvents().assertStatistics(s -> s.started(9));
  }
}
