package dev.mltest.engine.report;

import static java.util.Objects.requireNonNull;

import dev.mltest.report.RunReport;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one test execution adds to its build's report, as it writes it to {@code
 * parts/<build>/<execution>.json}: its tests, the datasets its suites found bad, and the datasets
 * its regression tests trained on (to tell afterwards whether a model was trained on data that
 * another JVM found bad).
 *
 * @param format the shape of this record, {@link #FORMAT}; parts of another shape are not merged
 * @param buildId the {@link BuildIdentity#id()} of its build
 * @param execution which execution it was, for people: {@code JVM 8400, execution 2}
 * @param startedAt when the execution started; parts are merged in this order
 * @param report its tests and lineage
 * @param dataFailures the failures of its suites, by dataset file (absolute and normalized)
 * @param trainings the regression tests that trained, with their dataset file
 */
record ReportPart(
    int format,
    String buildId,
    String execution,
    Instant startedAt,
    RunReport report,
    Map<String, List<String>> dataFailures,
    List<Training> trainings) {

  /** The current shape. */
  static final int FORMAT = 1;

  ReportPart {
    requireNonNull(buildId, "buildId");
    requireNonNull(execution, "execution");
    requireNonNull(startedAt, "startedAt");
    requireNonNull(report, "report");
    dataFailures = Map.copyOf(dataFailures);
    trainings = List.copyOf(trainings);
  }

  /** The part as JSON. */
  String toJson() {
    return RecordJson.write(this);
  }

  /**
   * Reads a part.
   *
   * @throws IOException if the text is not a part of the current shape
   */
  static ReportPart fromJson(String text) throws IOException {
    // The format comes first: a part of another shape is refused before its fields are read.
    int format = RecordJson.leadingInt(text, "format");
    if (format != FORMAT) {
      throw new IOException("a part of format %d, not %d".formatted(format, FORMAT));
    }
    return RecordJson.read(text, ReportPart.class);
  }

  /**
   * A regression test that trained a model.
   *
   * @param uniqueId the test's unique id
   * @param name the test as the reports name it
   * @param dataset its dataset file, absolute and normalized
   */
  record Training(String uniqueId, String name, String dataset) {
    Training {
      requireNonNull(uniqueId, "uniqueId");
      requireNonNull(name, "name");
      requireNonNull(dataset, "dataset");
    }
  }
}
