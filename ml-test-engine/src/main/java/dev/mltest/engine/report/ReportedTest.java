package dev.mltest.engine.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * A test whose name in reports differs from its display name: a suite's expectation or drift check
 * below a Java class carries its suite's file name in its display name (for Surefire), which
 * reports show in a column of their own. Implemented by those nodes, so that reports never depend
 * on the suite package.
 */
@API(status = INTERNAL, since = "0.1")
public interface ReportedTest {

  /** The test's name within its suite, e.g. {@code between[income] — Income within bounds}. */
  String nameInSuite();
}
