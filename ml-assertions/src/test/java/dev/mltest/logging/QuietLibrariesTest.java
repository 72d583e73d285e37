package dev.mltest.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Handler;
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

  @Test
  void theCommandLineDropsEveryJavaUtilLoggingMessageBelowWarning() {
    Logger root = Logger.getLogger("");
    Level before = root.getLevel();
    java.util.Map<Handler, Level> handlers = new java.util.HashMap<>();
    for (Handler h : root.getHandlers()) {
      handlers.put(h, h.getLevel());
    }
    try {
      QuietLibraries.applyForCommandLine();

      Logger any = Logger.getLogger("com.example.SomeLibrary");
      assertThat(any.isLoggable(Level.INFO)).isFalse();
      assertThat(any.isLoggable(Level.WARNING)).isTrue();
      assertThat(root.getHandlers()).allMatch(h -> h.getLevel().equals(Level.WARNING));
      assertThat(System.getProperty("slf4j.internal.verbosity")).isNotNull();
    } finally {
      root.setLevel(before);
      handlers.forEach(Handler::setLevel);
    }
  }
}
