package dev.mltest.spark;

import dev.mltest.data.Dataset;
import dev.mltest.data.FileDataset;
import dev.mltest.expect.Catalog;
import dev.mltest.expect.ExpectationSpec;
import dev.mltest.expect.ExpectationType;
import dev.mltest.suite.SuiteDefinition;
import dev.mltest.suite.SuiteEntry;
import dev.mltest.suite.SuiteParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The example project's suites and the expectation catalogue's documented examples give equal
 * results (status, observed value, counts, samples) on DuckDB and on Spark over the same files.
 */
class ExampleSuitesParityTest {
  static final Path EXAMPLES =
      Path.of("..", "examples", "src", "test", "resources", "dev", "mltest", "examples");

  @ParameterizedTest
  @ValueSource(strings = {"customers.mltest.yaml", "churn.mltest.yaml"})
  void exampleSuiteHasEqualResultsOnBothBackends(String file) throws IOException {
    SuiteDefinition suite = SuiteParser.parse(file, Files.readString(EXAMPLES.resolve(file)));
    FileDataset dataset = Objects.requireNonNull(suite.dataset()).resolve(EXAMPLES, null);
    List<ExpectationSpec> specs =
        suite.entries().stream().map(SuiteEntry::spec).filter(Objects::nonNull).toList();
    ParityAssertions.assertSameResults(dataset, specs);
  }

  @Test
  void everyDocumentedCatalogueExampleHasEqualResultsOnBothBackends() {
    List<ExpectationSpec> specs = new ArrayList<>();
    for (ExpectationType type : Catalog.standard().types()) {
      Object yaml = new Load(LoadSettings.builder().build()).loadFromString(type.example());
      @SuppressWarnings("unchecked")
      Map<String, ?> item = (Map<String, ?>) ((List<?>) yaml).get(0);
      specs.add(ExpectationSpec.parse(Catalog.standard(), item));
    }
    ParityAssertions.assertSameResults(
        Dataset.csv(EXAMPLES.resolve("data").resolve("current.csv")), specs);
  }
}
