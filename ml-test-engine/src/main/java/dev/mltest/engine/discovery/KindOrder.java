package dev.mltest.engine.discovery;

import dev.mltest.engine.Constants;
import dev.mltest.engine.suite.SuiteFiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;

/**
 * Orders the engine's top-level nodes, and the nodes inside each test class, by kind: by default
 * data-expectation suites first, then drift checks, then regression tests ({@link
 * Constants#EXECUTION_ORDER}), so that a model is not judged on data that already failed its
 * expectations. A class runs at the rank of the latest kind it holds; kinds not listed run last;
 * the discovery order is kept among equals. {@code discovery} keeps the discovery order throughout.
 */
final class KindOrder implements TestDescriptor.Visitor {
  /** The kind name of data-expectation suites in {@link Constants#EXECUTION_ORDER}. */
  static final String SUITES = "suites";

  private final List<String> order;

  private KindOrder(List<String> order) {
    this.order = List.copyOf(order);
  }

  static TestDescriptor.Visitor from(
      ConfigurationParameters parameters, DiscoveryIssueReporter issues) {
    String value =
        parameters
            .get(Constants.EXECUTION_ORDER)
            .orElse(Constants.EXECUTION_ORDER_DEFAULT)
            .trim()
            .toLowerCase(Locale.ROOT);
    if (value.equals("discovery") || value.isEmpty()) {
      return descriptor -> {};
    }
    List<String> kinds =
        Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    List<String> unknown =
        kinds.stream()
            .filter(k -> !List.of(SUITES, "drift", "regression", "property").contains(k))
            .toList();
    if (!unknown.isEmpty()) {
      issues.reportIssue(
          DiscoveryIssue.create(
              Severity.WARNING,
              ("%s=%s names unknown kinds %s; known kinds: suites, drift, regression, property"
                      + " (or 'discovery' to keep the discovery order)")
                  .formatted(Constants.EXECUTION_ORDER, value, unknown)));
    }
    return new KindOrder(kinds);
  }

  @Override
  public void visit(TestDescriptor descriptor) {
    if (descriptor instanceof MlTestEngineDescriptor
        || descriptor instanceof EntryClassDescriptor) {
      descriptor.orderChildren(
          children -> {
            List<TestDescriptor> sorted = new ArrayList<>(children);
            sorted.sort(Comparator.comparingInt(this::rank));
            return sorted;
          });
    }
  }

  private int rank(TestDescriptor node) {
    String own = kind(node);
    if (!(node instanceof EntryClassDescriptor)) {
      return position(own);
    }
    return node.getChildren().stream().mapToInt(c -> position(kind(c))).max().orElse(0);
  }

  private int position(String kind) {
    int i = order.indexOf(kind);
    return i < 0 ? order.size() : i;
  }

  private static String kind(TestDescriptor node) {
    return SuiteFiles.isSuite(node) ? SUITES : node.getUniqueId().getLastSegment().getType();
  }
}
