package dev.mltest.engine.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mltest.engine.Constants;
import dev.mltest.engine.property.fixtures.BrokenProperties;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** A wrongly set-up property fails its own node with a precise message; the others still run. */
class PropertyDefinitionTest {
  @TempDir Path dir;

  @Test
  void eachProblemFailsItsOwnTest() {
    EngineExecutionResults results =
        PropertyKit.engine(dir, selectClass(BrokenProperties.class)).execute();
    results.testEvents().assertStatistics(s -> s.started(7).succeeded(1).failed(6));

    assertThat(PropertyKit.failure(results, "missingContract(InMemoryTable)"))
        .isInstanceOf(PropertyDefinitionException.class)
        .hasMessage(
            "contract 'missing.contract.yaml' not found on the classpath; looked for dev/mltest/engine/property/fixtures/missing.contract.yaml and missing.contract.yaml");
    assertThat(PropertyKit.failure(results, "unsatisfiableContract(InMemoryTable)"))
        .isInstanceOf(PropertyDefinitionException.class)
        .hasMessageContaining("unsatisfiable")
        .hasMessageContaining("between[amount]")
        .hasMessageContaining("maxBetween[amount]");
    assertThat(PropertyKit.failure(results, "unsupportedParameter(String)"))
        .hasMessageContaining(
            "must take one parameter, an InMemoryTable (a generated table) or a Map<String, Object> (a generated row); found (java.lang.String)");
    assertThat(PropertyKit.failure(results, "noContract(InMemoryTable)"))
        .hasMessageContaining("needs exactly one of contract");
    assertThat(PropertyKit.failure(results, "noRows(InMemoryTable)"))
        .hasMessageContaining("rows ≥ 1");
    assertThat(PropertyKit.failure(results, "badSeed(InMemoryTable)"))
        .hasMessage(
            "@PropertyTest(seed = \"abc\") must be a whole number such as \"-4311828217734551530\"");
  }

  @Test
  void aBadConfigurationValueIsNamed() {
    EngineExecutionResults results =
        PropertyKit.engine(dir, selectClass(BrokenProperties.class))
            .configurationParameter(Constants.PROPERTY_SEED, "twelve")
            .execute();
    assertThat(PropertyKit.failure(results, "fine(InMemoryTable)"))
        .hasMessage(
            "configuration parameter mltest.property.seed has the invalid value 'twelve'; accepted"
                + " values: a whole number");
  }
}
