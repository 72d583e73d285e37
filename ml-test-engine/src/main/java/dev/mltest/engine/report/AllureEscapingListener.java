package dev.mltest.engine.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.mltest.report.HtmlText;
import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import org.apiguardian.api.API;

/**
 * HTML-escapes the status message and trace of ml-test's Allure results just before allure-java
 * writes them. Allure 2 report generators before 2.39.0 render a failure message as HTML
 * (GHSA-gx93-m64w-5m6h), and ml-test messages quote data values, so a value such as {@code <img
 * src=x onerror=…>} would run in the browser of whoever opens the report. Escaping here protects
 * users whatever generator version they run; it only changes what allure-java writes, never the
 * exception the IDE or Surefire shows.
 *
 * <p>allure-java finds this listener through {@code META-INF/services}; without allure-java on the
 * classpath nothing loads it. It touches only results of the ml-test engine, found by their full
 * name or test-case id, so Jupiter's and other engines' results stay as they are.
 */
@API(status = INTERNAL, since = "0.1")
public final class AllureEscapingListener implements TestLifecycleListener {
  private static final String ENGINE_SEGMENT = "[engine:ml-test]";

  /** Created by allure-java's service loader. */
  public AllureEscapingListener() {}

  @Override
  public void beforeTestWrite(TestResult result) {
    StatusDetails details = result.getStatusDetails();
    if (details == null || !ours(result)) {
      return;
    }
    if (details.getMessage() != null) {
      details.setMessage(HtmlText.escape(details.getMessage()));
    }
    if (details.getTrace() != null) {
      details.setTrace(HtmlText.escape(details.getTrace()));
    }
  }

  private static boolean ours(TestResult result) {
    // allure-junit-platform records the JUnit unique id as the test-case id.
    return contains(result.getTestCaseId()) || contains(result.getFullName());
  }

  private static boolean contains(String text) {
    return text != null && text.contains(ENGINE_SEGMENT);
  }
}
