package dev.mltest.engine;

import static dev.mltest.engine.MlTestEvents.entryClass;
import static dev.mltest.engine.MlTestEvents.expectation;
import static dev.mltest.engine.MlTestKit.descendantIds;
import static dev.mltest.engine.MlTestKit.expectation;
import static dev.mltest.engine.MlTestKit.single;
import static dev.mltest.engine.MlTestKit.suite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;

import fixtures.entry.BasicSuites;
import fixtures.entry.PackageSuites;
import fixtures.entry.PlainClass;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * The entry class annotated {@code @MlTestSuites}, which is how Maven Surefire (which hands engines
 * class selectors only) reaches the suite files.
 */
class EntryClassDiscoveryTest {
  @TempDir Path out;

  @Test
  void entryClassWithPackagesHoldsTheSuitesOfThosePackages() {
    TestDescriptor engine = discover(BasicSuites.class).getEngineDescriptor();

    TestDescriptor entry = single(engine.getChildren());
    UniqueId entryId = MlTestKit.entryClass(BasicSuites.class);
    assertThat(entry.getUniqueId()).isEqualTo(entryId);
    assertThat(entry.isContainer()).isTrue();
    assertThat(entry.getDisplayName()).isEqualTo("BasicSuites");
    assertThat(entry.getSource()).contains(ClassSource.from(BasicSuites.class));
    assertThat(entry.getChildren())
        .extracting(TestDescriptor::getUniqueId)
        .containsExactlyInAnyOrder(
            suite(entryId, "fixtures/basic/customers.mltest.yaml"),
            suite(entryId, "fixtures/basic/broken.mltest.yaml"));
    assertThat(descendantIds(engine))
        .contains(
            expectation(suite(entryId, "fixtures/basic/customers.mltest.yaml"), "adult"),
            expectation(suite(entryId, "fixtures/basic/broken.mltest.yaml"), "notNull[agee]"));
  }

  @Test
  void entryClassWithoutPackagesHoldsTheSuitesOfItsPackageAndBelow() {
    TestDescriptor engine = discover(PackageSuites.class).getEngineDescriptor();

    UniqueId entryId = MlTestKit.entryClass(PackageSuites.class);
    assertThat(descendantIds(engine))
        .containsExactlyInAnyOrder(
            entryId,
            suite(entryId, "fixtures/entry/orders.mltest.yaml"),
            expectation(suite(entryId, "fixtures/entry/orders.mltest.yaml"), "rowCount"),
            suite(entryId, "fixtures/entry/nested/deeper.mltest.yaml"),
            expectation(suite(entryId, "fixtures/entry/nested/deeper.mltest.yaml"), "notNull[id]"));
    assertThat(single(engine.getChildren()).getSource())
        .contains(ClassSource.from(PackageSuites.class));
  }

  @Test
  void suitesSelectedAlsoOnTheirOwnAreBothAtTheTopAndBelowTheClass() {
    String customers = "fixtures/basic/customers.mltest.yaml";
    String broken = "fixtures/basic/broken.mltest.yaml";
    UniqueId entryId = MlTestKit.entryClass(BasicSuites.class);

    TestDescriptor engine =
        MlTestKit.engine(out)
            .selectors(
                selectClasspathResource(customers),
                selectClass(BasicSuites.class),
                selectPackage("fixtures.basic"))
            .discover()
            .getEngineDescriptor();

    assertThat(engine.getChildren())
        .extracting(TestDescriptor::getUniqueId)
        .containsExactlyInAnyOrder(suite(customers), entryId, suite(broken));
    assertThat(engine.findByUniqueId(entryId).orElseThrow().getChildren())
        .extracting(TestDescriptor::getUniqueId)
        .containsExactlyInAnyOrder(suite(entryId, customers), suite(entryId, broken));
  }

  @Test
  void classWithoutTheAnnotationGivesNothing() {
    EngineDiscoveryResults results = discover(PlainClass.class);

    assertThat(results.getEngineDescriptor().getChildren()).isEmpty();
    assertThat(results.getDiscoveryIssues()).isEmpty();
  }

  @Test
  void jupiterTestClassGivesNothing() {
    assertThat(discover(EntryClassDiscoveryTest.class).getEngineDescriptor().getChildren())
        .isEmpty();
  }

  @Test
  void entryClassRunsItsSuitesBelowTheClassNode() {
    EngineExecutionResults results =
        MlTestKit.engine(out).selectors(selectClass(PackageSuites.class)).execute();

    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(1, event(entryClass(PackageSuites.class), finishedSuccessfully()));
    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(1, event(expectation("notNull[id]"), finishedSuccessfully()));
  }

  private EngineDiscoveryResults discover(Class<?> type) {
    return MlTestKit.engine(out).selectors(selectClass(type)).discover();
  }
}
