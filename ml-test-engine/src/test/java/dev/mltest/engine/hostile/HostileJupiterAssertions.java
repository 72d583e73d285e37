package dev.mltest.engine.hostile;

import static dev.mltest.assertions.MlAssertions.assertThat;

import dev.mltest.data.Dataset;
import dev.mltest.data.FileDataset;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Jupiter tests of a user's project that use the AssertJ entry points on data holding XSS payloads:
 * every test fails, quoting the payloads. Run by the attack corpus and the Allure results test
 * through their own launchers; not a test class itself (Surefire does not pick it).
 */
public class HostileJupiterAssertions {
  static FileDataset hostile() throws URISyntaxException {
    return Dataset.csv(
        Path.of(
            Objects.requireNonNull(
                    HostileJupiterAssertions.class
                        .getClassLoader()
                        .getResource("fixtures/hostile/data/hostile.csv"))
                .toURI()));
  }

  @Test
  void segmentsAreKnown() throws Exception {
    assertThat(hostile()).column("segment").hasValuesIn("retail", "business");
  }

  @Test
  void notesAreShort() throws Exception {
    assertThat(hostile()).column("note").hasLengthBetween(0, 40);
  }

  @Test
  void aColumnNamedWithMarkupExists() throws Exception {
    assertThat(hostile()).column("<svg onload=fetch(`/xss-fired?column`)>").exists();
  }
}
