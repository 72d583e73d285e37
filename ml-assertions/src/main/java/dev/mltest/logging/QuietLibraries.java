package dev.mltest.logging;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apiguardian.api.API;

/**
 * Keeps the libraries MLTest drives quiet in a build's output unless asked otherwise.
 *
 * <p>Tribuo logs every training at {@code INFO} through {@code java.util.logging}, which floods
 * {@code mvn test}; its loggers are set to {@code WARNING}, warnings and errors still show. A level
 * the user configured (a {@code logging.properties}) is kept, and {@code
 * -Dmltest.log.libraries=true} leaves every level alone.
 *
 * <p>SLF4J (which allure-java uses) prints "No SLF4J providers were found" when the project has no
 * SLF4J binding; its own switch {@code slf4j.internal.verbosity} is set to {@code ERROR} unless the
 * user set it.
 *
 * <p>This is the one place that switches library logging down: the engine, training, the JSON
 * Schema validator and the command line all call it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class QuietLibraries {
  /** System property: {@code true} leaves the libraries' logging as it is. */
  public static final String SWITCH = "mltest.log.libraries";

  private static final List<String> TRIBUO_LOGGERS = List.of("org.tribuo", "com.oracle.labs.mlrg");
  // java.util.logging keeps loggers weakly: a level set on an unreferenced logger can be lost.
  private static final List<Logger> KEPT = new java.util.concurrent.CopyOnWriteArrayList<>();

  private QuietLibraries() {}

  /** Applies the quiet defaults once; later calls do nothing. Safe to call from any thread. */
  public static synchronized void apply() {
    if (Boolean.getBoolean(SWITCH) || !KEPT.isEmpty()) {
      return;
    }
    for (String name : TRIBUO_LOGGERS) {
      Logger logger = Logger.getLogger(name);
      KEPT.add(logger);
      if (logger.getLevel() == null) {
        logger.setLevel(Level.WARNING);
      }
    }
    quietSlf4j();
  }

  /**
   * For the {@code mltest} command line, which prints its own lines: every {@code
   * java.util.logging} message below {@code WARNING} is dropped (the root logger and its handlers),
   * and SLF4J's missing-binding warning is off, whatever {@value #SWITCH} says; then {@link
   * #apply()}.
   */
  public static synchronized void applyForCommandLine() {
    Logger root = Logger.getLogger("");
    root.setLevel(Level.WARNING);
    for (Handler handler : root.getHandlers()) {
      handler.setLevel(Level.WARNING);
    }
    quietSlf4j();
    apply();
  }

  private static void quietSlf4j() {
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
  }
}
