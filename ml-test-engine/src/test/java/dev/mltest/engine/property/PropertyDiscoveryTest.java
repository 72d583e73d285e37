package dev.mltest.engine.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.mltest.data.InMemoryTable;
import dev.mltest.engine.property.fixtures.ScalerProperties;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;

class PropertyDiscoveryTest {
  @TempDir Path dir;

  @Test
  void aClassBecomesAContainerWithOnePropertyTestPerMethod() {
    EngineDiscoveryResults results =
        PropertyKit.engine(dir, selectClass(ScalerProperties.class)).discover();
    TestDescriptor engine = results.getEngineDescriptor();
    assertThat(engine.getChildren()).hasSize(1);
    TestDescriptor container = engine.getChildren().iterator().next();
    assertThat(container.getUniqueId().toString())
        .isEqualTo("[engine:ml-test]/[class:" + ScalerProperties.class.getName() + "]");
    assertThat(container.getChildren())
        .extracting(TestDescriptor::getDisplayName)
        .containsExactlyInAnyOrder(
            "scalingKeepsTheRowCount(InMemoryTable)",
            "scalingIntroducesNoNaN(InMemoryTable)",
            "failsUntilFixed(InMemoryTable)",
            "everyRowHasACurrency(Map)",
            "usesTheConfiguredTries(InMemoryTable)");
    assertThat(container.getChildren())
        .allSatisfy(
            t -> {
              assertThat(t.getType()).isEqualTo(TestDescriptor.Type.TEST);
              assertThat(t.getChildren()).isEmpty();
              assertThat(t.getSource()).get().isInstanceOf(MethodSource.class);
              assertThat(t.getUniqueId().getLastSegment().getType()).isEqualTo("property");
            });
  }

  @Test
  void aMethodSelectorSelectsOneProperty() {
    EngineDiscoveryResults results =
        PropertyKit.engine(
                dir,
                selectMethod(
                    ScalerProperties.class,
                    "scalingKeepsTheRowCount",
                    InMemoryTable.class.getName()))
            .discover();
    TestDescriptor container = results.getEngineDescriptor().getChildren().iterator().next();
    assertThat(container.getChildren())
        .extracting(TestDescriptor::getDisplayName)
        .containsExactly("scalingKeepsTheRowCount(InMemoryTable)");
    assertThat(container.getChildren().iterator().next().getUniqueId().getLastSegment().getValue())
        .isEqualTo("scalingKeepsTheRowCount(dev.mltest.data.InMemoryTable)");
  }

  @Test
  void everyDiscoveredUniqueIdSelectsTheSameNodeAgain() {
    TestDescriptor engine =
        PropertyKit.engine(dir, selectClass(ScalerProperties.class))
            .discover()
            .getEngineDescriptor();
    List<TestDescriptor> all = List.copyOf(engine.getDescendants());
    for (TestDescriptor node : all) {
      TestDescriptor again =
          PropertyKit.engine(dir, selectUniqueId(node.getUniqueId()))
              .discover()
              .getEngineDescriptor();
      assertThat(again.findByUniqueId(node.getUniqueId()))
          .as(node.getUniqueId().toString())
          .isPresent();
      if (node.getType() == TestDescriptor.Type.TEST) {
        assertThat(
                again.getDescendants().stream()
                    .filter(d -> d.getType() == TestDescriptor.Type.TEST))
            .hasSize(1);
      }
    }
  }

  @Test
  void classesWithoutPropertyTestsAreLeftToOtherEngines() {
    EngineDiscoveryResults results =
        PropertyKit.engine(dir, selectClass(PropertyDiscoveryTest.class)).discover();
    assertThat(results.getEngineDescriptor().getChildren()).isEmpty();
  }
}
