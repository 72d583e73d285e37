package dev.mltest.report;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.lineage.DatasetProvenance;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One ML test as the reports show it.
 *
 * @param uniqueId the test's JUnit unique id, stable between runs
 * @param name its display name, e.g. {@code between[income]}
 * @param feature the suite or class it belongs to
 * @param kind the kind of test
 * @param story what it is about: a column, a metric, a property
 * @param outcome how it came out
 * @param message the record's sentence, or the failure's message
 * @param record what the test recorded, if it got that far
 * @param parameters dataset, seed, sample size, dataset SHA-256: in the order shown
 * @param dataFiles the data files it read
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ReportedTest(
    String uniqueId,
    String name,
    String feature,
    CheckKind kind,
    String story,
    Outcome outcome,
    String message,
    @Nullable RunRecord record,
    Map<String, String> parameters,
    List<DatasetProvenance> dataFiles) {

  public ReportedTest {
    requireNonNull(uniqueId, "uniqueId");
    requireNonNull(name, "name");
    requireNonNull(feature, "feature");
    requireNonNull(kind, "kind");
    requireNonNull(story, "story");
    requireNonNull(outcome, "outcome");
    requireNonNull(message, "message");
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    dataFiles = List.copyOf(dataFiles);
  }
}
