package dev.mltest.engine.report;

import dev.mltest.expect.ExpectationResult;
import dev.mltest.expect.ExpectationSpec;
import dev.mltest.history.MetricHistory;
import dev.mltest.history.MetricPoint;
import dev.mltest.history.MetricQuery;
import dev.mltest.history.MetricsRepository;
import dev.mltest.history.MetricsRepositoryException;
import dev.mltest.lineage.DatasetProvenance;
import dev.mltest.report.DatasetDriftRecord;
import dev.mltest.report.DriftColumnRecord;
import dev.mltest.report.ExpectationRecord;
import dev.mltest.report.MetricRecord;
import dev.mltest.report.MetricTrend;
import dev.mltest.report.ReportedTest;
import dev.mltest.report.RunReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * One run's link to the metrics repository: suites read the history of their metrics before
 * judging, and at the end of the run every measured value (expectations, drift scores, model
 * metrics) is appended with the run's commit, branch, tags and data fingerprints.
 */
final class RunHistory {
  private static final System.Logger LOG = System.getLogger(RunHistory.class.getName());

  /** How many earlier values a trend keeps for the reports. */
  private static final int TREND_VALUES = 20;

  private final HistorySettings settings;
  private final @Nullable MetricsRepository repository;
  private final String runId = UUID.randomUUID().toString();
  private final Instant startedAt = Instant.now();
  // suite + check -> metric name, for the history-aware expectations of this run
  private final Map<List<String>, String> metrics = new ConcurrentHashMap<>();
  // suite + metric -> the earlier values the checks were judged against
  private final Map<List<String>, List<Double>> served = new ConcurrentHashMap<>();

  RunHistory(HistorySettings settings) {
    this.settings = settings;
    MetricsRepository opened = null;
    if (settings.configured()) {
      try {
        opened = settings.open();
      } catch (MetricsRepositoryException e) {
        LOG.log(System.Logger.Level.WARNING, e.getMessage(), e);
      }
    }
    this.repository = opened;
  }

  static RunHistory from(
      ConfigurationParameters parameters, java.util.function.UnaryOperator<String> environment) {
    return new RunHistory(HistorySettings.from(parameters, environment));
  }

  /**
   * The history of one suite's metrics, for its history-aware expectations; {@link
   * MetricHistory#none()} when no repository is configured.
   */
  MetricHistory forSuite(ReportedSuite suite, List<ExpectationSpec> specs) {
    String name = suite.reportName();
    for (ExpectationSpec spec : specs) {
      spec.historyMetric().ifPresent(metric -> metrics.put(List.of(name, spec.name()), metric));
    }
    MetricsRepository store = repository;
    if (store == null) {
      if (settings.configured()) {
        return metric -> {
          throw new MetricsRepositoryException(
              "the metrics repository could not be opened; see the log");
        };
      }
      return MetricHistory.none();
    }
    return metric ->
        served.computeIfAbsent(
            List.of(name, metric),
            key ->
                List.copyOf(
                    store.values(
                        MetricQuery.metric(name, metric)
                            .branch(settings.compareBranch())
                            .excludeRun(runId))));
  }

  /** The trend of a history-aware expectation's metric, once it has been judged. */
  @Nullable MetricTrend trend(
      String suite, ExpectationResult result, dev.mltest.report.Outcome outcome) {
    String metric = metrics.get(List.of(suite, result.name()));
    if (metric == null || !(result.observedValue() instanceof Number current)) {
      return null;
    }
    List<Double> earlier = served.getOrDefault(List.of(suite, metric), List.of());
    return new MetricTrend(
        suite,
        result.name(),
        metric,
        earlier.subList(Math.max(0, earlier.size() - TREND_VALUES), earlier.size()),
        current.doubleValue(),
        outcome);
  }

  /**
   * The trends of every history-aware expectation of the report, then of every model metric against
   * the runs of the compared branch ({@code main} unless {@code mltest.history.compare-branch}
   * names another), in report order.
   */
  List<MetricTrend> trends(RunReport report) {
    List<MetricTrend> trends = new ArrayList<>();
    for (RunReport.Recorded<ExpectationRecord> r : report.recorded(ExpectationRecord.class)) {
      MetricTrend trend = trend(r.test().feature(), r.record().result(), r.test().outcome());
      if (trend != null) {
        trends.add(trend);
      }
    }
    if (repository == null) {
      return trends;
    }
    String branch = settings.compareBranch() != null ? settings.compareBranch() : "main";
    for (RunReport.Recorded<MetricRecord> r : report.recorded(MetricRecord.class)) {
      Double current = r.record().current();
      if (current == null) {
        continue;
      }
      try {
        List<Double> earlier =
            repository.values(
                MetricQuery.metric(r.test().feature(), r.record().metric())
                    .check(r.test().name())
                    .branch(branch)
                    .excludeRun(runId));
        trends.add(
            new MetricTrend(
                r.test().feature(),
                r.test().name(),
                r.record().metric() + " (" + branch + ")",
                earlier.subList(Math.max(0, earlier.size() - TREND_VALUES), earlier.size()),
                current,
                r.test().outcome()));
      } catch (MetricsRepositoryException e) {
        LOG.log(System.Logger.Level.WARNING, e.getMessage(), e);
      }
    }
    return trends;
  }

  /** Appends the run's values, unless recording is off; problems are logged, never thrown. */
  void record(RunReport report) {
    if (repository == null || !settings.record()) {
      return;
    }
    List<MetricPoint> points = points(report);
    try {
      repository.append(points);
      LOG.log(
          System.Logger.Level.INFO,
          () ->
              "MLTest history: %d values appended to %s"
                  .formatted(points.size(), repository.location()));
    } catch (MetricsRepositoryException e) {
      LOG.log(System.Logger.Level.WARNING, e.getMessage(), e);
    }
  }

  List<MetricPoint> points(RunReport report) {
    List<MetricPoint> points = new ArrayList<>();
    for (ReportedTest test : report.tests()) {
      if (test.record() instanceof ExpectationRecord e
          && e.result().observedValue() instanceof Number value) {
        String metric =
            metrics.getOrDefault(
                List.of(test.feature(), e.result().name()), "observed:" + e.result().key());
        // The expectation's stable name (its id), not the display name with its description.
        add(points, report, test, e.result().name(), metric, value.doubleValue());
      } else if (test.record() instanceof DriftColumnRecord d) {
        add(points, report, test, test.name(), d.result().method().key(), d.result().score());
      } else if (test.record() instanceof DatasetDriftRecord d) {
        add(
            points,
            report,
            test,
            test.name(),
            "shareOfDriftedColumns",
            d.result().shareOfDriftedColumns());
      } else if (test.record() instanceof MetricRecord m && m.current() != null) {
        add(points, report, test, test.name(), m.metric(), m.current());
      }
    }
    return points;
  }

  private void add(
      List<MetricPoint> points,
      RunReport report,
      ReportedTest test,
      String check,
      String metric,
      double value) {
    if (!Double.isFinite(value)) {
      return;
    }
    String fingerprint =
        test.dataFiles().isEmpty()
            ? null
            : test.dataFiles().stream()
                .map(DatasetProvenance::sha256)
                .collect(Collectors.joining(","));
    points.add(
        new MetricPoint(
            runId,
            startedAt,
            test.feature(),
            check,
            metric,
            value,
            fingerprint,
            report.lineage().code().commit(),
            settings.branch(),
            settings.tags()));
  }
}
