package dev.mltest.engine.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.mltest.data.InMemoryTable;
import dev.mltest.engine.Constants;
import dev.mltest.engine.property.fixtures.ScalerProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Failed seeds are remembered in a file, tried first on the next run, and forgotten on a pass. */
class PropertySeedTest {
  private static final String NAME = "failsUntilFixed(InMemoryTable)";

  @TempDir Path dir;

  @AfterEach
  void restore() {
    ScalerProperties.broken = true;
  }

  private EngineExecutionResults run() {
    return PropertyKit.engine(
            dir,
            selectMethod(ScalerProperties.class, "failsUntilFixed", InMemoryTable.class.getName()))
        .execute();
  }

  @Test
  void aFailedSeedIsTriedFirstUntilTheTestPasses() throws IOException {
    Map<String, String> first = PropertyKit.entries(run(), NAME);
    assertThat(first).containsEntry("mltest.seed.source", "fresh");
    String seed = first.get("mltest.seed");
    Path file = dir.resolve("seeds.properties");
    assertThat(Files.readString(file)).contains("=" + seed);

    Map<String, String> second = PropertyKit.entries(run(), NAME);
    assertThat(second)
        .containsEntry("mltest.seed", seed)
        .containsEntry("mltest.seed.source", "remembered failure");

    ScalerProperties.broken = false;
    EngineExecutionResults fixed = run();
    fixed.testEvents().assertStatistics(s -> s.succeeded(1));
    assertThat(PropertyKit.entries(fixed, NAME)).containsEntry("mltest.seed", seed);
    assertThat(Files.readString(file)).doesNotContain("=" + seed);

    assertThat(PropertyKit.entries(run(), NAME)).containsEntry("mltest.seed.source", "fresh");
  }

  @Test
  void rememberingCanBeTurnedOff() {
    EngineExecutionResults results =
        PropertyKit.engine(
                dir,
                selectMethod(
                    ScalerProperties.class, "failsUntilFixed", InMemoryTable.class.getName()))
            .configurationParameter(Constants.PROPERTY_SEEDS_FILE, "none")
            .execute();
    results.testEvents().assertStatistics(s -> s.failed(1));
    assertThat(dir.resolve("seeds.properties")).doesNotExist();
  }
}
