package dev.mltest.engine;

import static dev.mltest.engine.MlTestKit.descendantIds;
import static dev.mltest.engine.MlTestKit.expectation;
import static dev.mltest.engine.MlTestKit.single;
import static dev.mltest.engine.MlTestKit.suiteFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;

/** Suites selected as files and directories: their ids hold the absolute path. */
class FileDiscoveryTest {
  private static final Path SPACED = MlTestKit.resourcePath("fixtures/lines/spaced.mltest.yaml");
  private static final Path ENTRY = MlTestKit.resourcePath("fixtures/entry");

  @TempDir Path out;

  @Test
  void fileSelectsTheSuiteWithAllItsExpectations() {
    TestDescriptor engine = discover(selectFile(SPACED.toFile())).getEngineDescriptor();

    TestDescriptor suite = single(engine.getChildren());
    assertThat(suite.getUniqueId()).isEqualTo(suiteFile(SPACED));
    assertThat(suite.getUniqueId().getLastSegment().getValue()).isEqualTo(SPACED.toString());
    assertThat(suite.getSource()).contains(FileSource.from(SPACED.toFile()));
    assertThat(suite.getChildren())
        .extracting(TestDescriptor::getUniqueId)
        .containsExactly(
            expectation(suiteFile(SPACED), "rowCount"),
            expectation(suiteFile(SPACED), "between[age]"),
            expectation(suiteFile(SPACED), "notNull[name]"));
  }

  @Test
  void relativeAndAbsolutePathsOfOneFileGiveOneSuite() {
    Path relative = Path.of("").toAbsolutePath().relativize(SPACED);

    TestDescriptor engine =
        discover(selectFile(relative.toString()), selectFile(SPACED.toString()))
            .getEngineDescriptor();

    assertThat(single(engine.getChildren()).getUniqueId()).isEqualTo(suiteFile(SPACED));
  }

  @Test
  void fileWithALineSelectsOnlyThatExpectation() {
    TestDescriptor engine =
        discover(selectFile(SPACED.toFile(), FilePosition.from(9))).getEngineDescriptor();

    assertThat(descendantIds(engine))
        .containsExactly(suiteFile(SPACED), expectation(suiteFile(SPACED), "between[age]"));
    TestDescriptor test = single(single(engine.getChildren()).getChildren());
    assertThat(test.getSource())
        .contains(
            FileSource.from(
                SPACED.toFile(),
                org.junit.platform.engine.support.descriptor.FilePosition.from(8, 5)));
  }

  @Test
  void fileWithALineBetweenItemsSelectsTheWholeSuiteWithAWarning() {
    EngineDiscoveryResults results = discover(selectFile(SPACED.toFile(), FilePosition.from(6)));

    TestDescriptor suite = single(results.getEngineDescriptor().getChildren());
    assertThat(suite.getChildren()).hasSize(3);
    DiscoveryIssue issue = single(results.getDiscoveryIssues());
    assertThat(issue.severity()).isEqualTo(Severity.WARNING);
    assertThat(issue.message())
        .isEqualTo(SPACED + " has no expectation at line 6; selecting the whole suite instead");
    assertThat(issue.source()).contains(FileSource.from(SPACED.toFile()));
  }

  @Test
  void fileThatIsNoSuiteIsLeftAlone() {
    EngineDiscoveryResults results =
        discover(selectFile(MlTestKit.resourcePath("fixtures/entry/people.csv").toFile()));

    assertThat(results.getEngineDescriptor().getChildren()).isEmpty();
    assertThat(results.getDiscoveryIssues()).isEmpty();
  }

  @Test
  void directorySelectsEverySuiteFileBelowIt() {
    TestDescriptor engine = discover(selectDirectory(ENTRY.toFile())).getEngineDescriptor();

    Path orders = ENTRY.resolve("orders.mltest.yaml");
    Path deeper = ENTRY.resolve("nested/deeper.mltest.yaml");
    assertThat(descendantIds(engine))
        .containsExactlyInAnyOrder(
            suiteFile(orders),
            expectation(suiteFile(orders), "rowCount"),
            suiteFile(deeper),
            expectation(suiteFile(deeper), "notNull[id]"));
  }

  @Test
  void directoryWithoutSuitesGivesNothing() throws IOException {
    Path empty = Files.createDirectories(out.resolve("no-suites"));
    Files.writeString(empty.resolve("notes.yaml"), "dataset: x.csv\n");

    EngineDiscoveryResults results = discover(selectDirectory(empty.toFile()));

    assertThat(results.getEngineDescriptor().getChildren()).isEmpty();
    assertThat(results.getDiscoveryIssues()).isEmpty();
  }

  private EngineDiscoveryResults discover(DiscoverySelector... selectors) {
    return MlTestKit.engine(out).selectors(selectors).discover();
  }
}
