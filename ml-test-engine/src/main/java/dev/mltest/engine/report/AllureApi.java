package dev.mltest.engine.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The few things the engine asks of allure-java, behind an interface so that the engine loads no
 * Allure class unless allure-java is on the classpath. Every call acts on the Allure test result
 * bound to the calling thread, which is the node's own thread during its execution.
 */
interface AllureApi {

  /**
   * Whether the Allure test bound to this thread is the node with this unique id. It is not when no
   * Allure listener runs, or when the engine runs inside another test (EngineTestKit in a Jupiter
   * test): attachments would then land on the wrong result.
   */
  boolean isCurrent(String uniqueId);

  /** Adds labels, parameters, the history id, the full name and the description. */
  void describe(
      List<Label> labels,
      List<Parameter> parameters,
      String historyId,
      String fullName,
      String description);

  /** Shows a passing test's warning as its status message. */
  void warn(String message);

  /**
   * Whether the Allure fixture with this uuid is the one running on this thread:
   * allure-junit-platform started it on a container when the engine published the {@code
   * allure.fixture} report entry.
   */
  boolean isCurrentFixture(String uuid);

  /** Attaches content to the current test. */
  void attach(String name, String mediaType, String extension, byte[] content);

  /** An Allure label such as {@code epic=drift}. */
  record Label(String name, String value) {}

  /**
   * An Allure parameter.
   *
   * @param excluded whether Allure leaves it out when it matches results across runs
   */
  record Parameter(String name, String value, boolean excluded) {}

  /** The allure-java API if it is on the classpath, else null. */
  static @Nullable AllureApi detect() {
    try {
      Class.forName("io.qameta.allure.Allure", false, AllureApi.class.getClassLoader());
      Class.forName("io.qameta.allure.model.TestResult", false, AllureApi.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
    return new AllureLifecycleApi();
  }
}
