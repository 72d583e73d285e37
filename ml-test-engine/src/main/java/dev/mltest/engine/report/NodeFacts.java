package dev.mltest.engine.report;

import dev.mltest.data.FileDataset;
import dev.mltest.report.CheckKind;
import dev.mltest.report.RunRecord;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;

/**
 * What reports say about a node, read from its place in the tree: its kind (Allure epic), its suite
 * or class (feature), its subject (story) and the datasets its suite names.
 *
 * @param uniqueId the node's unique id
 * @param name its name in reports that list it with its suite or class ({@code feature}): an
 *     expectation's or drift check's name within its suite ({@code rowCount}), a metric test's with
 *     its method ({@code logistic() › auc}, as a class may hold several models)
 * @param feature the suite's name, or the class's
 * @param parentSuite the entry class holding it, or {@code MLTest}
 * @param kind the kind of test
 * @param story a column, a metric, a property
 * @param location the suite file, if any
 * @param datasets the suite's datasets: the dataset, and the reference for drift tests
 */
record NodeFacts(
    UniqueId uniqueId,
    String name,
    String feature,
    String parentSuite,
    CheckKind kind,
    String story,
    @Nullable String location,
    List<DataRef> datasets) {

  NodeFacts {
    datasets = List.copyOf(datasets);
  }

  /**
   * Allure's {@code subSuite}: the regression method for its metric tests ({@code logistic()}), so
   * that the metrics of two methods of one class, both named {@code auc}, are told apart in the
   * Suites tab; the kind of test (its epic) for every other test.
   */
  String subSuite() {
    return uniqueId.getSegments().stream()
        .filter(s -> s.getType().equals("regression"))
        .map(UniqueId.Segment::getValue)
        .reduce((first, last) -> last)
        .orElse(kind.epic());
  }

  /**
   * A dataset as the suite names it and where it was found.
   *
   * @param role {@code dataset} or {@code reference}
   * @param shownAs the path written in the suite file
   * @param dataset the resolved file, if it exists
   * @param unhashed why there is no file to hash, if reports should say so
   */
  record DataRef(
      String role, String shownAs, @Nullable FileDataset dataset, @Nullable String unhashed) {}

  /** The dataset in this role ({@code dataset}, {@code reference}) if it was found. */
  @Nullable DataRef dataset(String role) {
    return datasets.stream()
        .filter(d -> d.role().equals(role) && d.dataset() != null)
        .findFirst()
        .orElse(null);
  }

  static NodeFacts of(TestDescriptor node, @Nullable RunRecord record) {
    CheckKind kind = record != null ? record.kind() : kindFromSegments(node.getUniqueId());
    Optional<ReportedSuite> suite = ancestor(node, ReportedSuite.class);
    Optional<String> testClass = classAncestor(node).map(TestDescriptor::getDisplayName);
    String feature = suite.map(ReportedSuite::reportName).or(() -> testClass).orElse("MLTest");
    // The entry class is the only node with a class source.
    String parentSuite = testClass.orElse("MLTest");
    String story =
        record != null ? record.subject() : node.getUniqueId().getLastSegment().getValue();
    List<DataRef> datasets =
        suite.stream()
            .flatMap(s -> s.datasets().stream())
            .filter(d -> kind == CheckKind.DRIFT || !d.role().equals("reference"))
            .map(d -> new DataRef(d.role(), d.shownAs(), d.file(), d.unhashed()))
            .toList();
    return new NodeFacts(
        node.getUniqueId(),
        node instanceof ReportedTest test ? test.nameInSuite() : node.getDisplayName(),
        feature,
        parentSuite,
        kind,
        story,
        suite.map(ReportedSuite::location).orElse(null),
        datasets);
  }

  /**
   * The kind from the unique id, for nodes that failed before recording: {@code [drift:...]} and
   * its children are drift tests, {@code [regression:...]}/{@code [metric:...]} regression tests,
   * {@code [property:...]} property tests, anything else belongs to a data suite.
   */
  static CheckKind kindFromSegments(UniqueId id) {
    for (UniqueId.Segment segment : id.getSegments()) {
      switch (segment.getType()) {
        case "drift":
          return CheckKind.DRIFT;
        case "regression":
        case "metric":
          return CheckKind.REGRESSION;
        case "property":
          return CheckKind.PROPERTY;
        default:
          break;
      }
    }
    return CheckKind.EXPECTATION;
  }

  private static <T> Optional<T> ancestor(TestDescriptor node, Class<T> type) {
    for (Optional<TestDescriptor> d = Optional.of(node); d.isPresent(); d = d.get().getParent()) {
      if (type.isInstance(d.get())) {
        return Optional.of(type.cast(d.get()));
      }
    }
    return Optional.empty();
  }

  private static Optional<TestDescriptor> classAncestor(TestDescriptor node) {
    for (Optional<TestDescriptor> d = Optional.of(node); d.isPresent(); d = d.get().getParent()) {
      if (d.get().getSource().filter(ClassSource.class::isInstance).isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }
}
