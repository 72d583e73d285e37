package dev.mltest.regression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class QuietLibrariesTest {

  @Test
  void tribuoInfoIsQuietWarningsStillShowAndSlf4jWarningsAreOff() {
    QuietLibraries.apply();

    Logger trainer = Logger.getLogger("org.tribuo.classification.sgd.linear.LinearSGDTrainer");
    assertThat(trainer.isLoggable(Level.INFO)).isFalse();
    assertThat(trainer.isLoggable(Level.WARNING)).isTrue();
    assertThat(System.getProperty("slf4j.internal.verbosity")).isNotNull();
  }
}
