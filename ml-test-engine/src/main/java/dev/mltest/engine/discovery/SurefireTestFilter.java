package dev.mltest.engine.discovery;

import dev.mltest.engine.suite.SuiteFiles;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;

/**
 * Maven Surefire's {@code -Dtest=Class#name} for ML tests that are not Java methods.
 *
 * <p>Surefire's own filter only understands Java methods: it keeps every test whose source is not a
 * method source, so {@code -Dtest=DataQualityTest#income-strict} would run every expectation, and
 * {@code -Dtest=ChurnTest#auc} every metric. Surefire passes {@code -Dtest} on to the test JVM as
 * the system property {@code test}; this filter reads it, keeps only the expectations, drift checks
 * and metric tests named after {@code #} below a matching class (a metric test also by its Java
 * method's name), and reports an error — failing the run — for a name that selects nothing, with
 * the names that work.
 */
final class SurefireTestFilter {
  private final List<Selection> selections;

  private SurefireTestFilter(List<Selection> selections) {
    this.selections = selections;
  }

  /** The filter of {@code -Dtest}'s value; empty when there is none or it names no test name. */
  static SurefireTestFilter parse(@Nullable String value) {
    List<Selection> selections = new ArrayList<>();
    if (value != null) {
      for (String part : value.split(",")) {
        String pattern = part.strip();
        int hash = pattern.indexOf('#');
        if (pattern.isEmpty() || pattern.startsWith("!") || pattern.startsWith("%") || hash < 0) {
          continue;
        }
        String type = pattern.substring(0, hash).replace("**/", "").replace(".java", "");
        List<String> names = Arrays.asList(pattern.substring(hash + 1).split("\\+"));
        selections.add(new Selection(pattern, glob(type.replace('/', '.')), names));
      }
    }
    return new SurefireTestFilter(selections);
  }

  /** Applies the filter to the discovered tree. */
  void apply(TestDescriptor engine, DiscoveryIssueReporter issues) {
    if (selections.isEmpty()) {
      return;
    }
    for (TestDescriptor node : List.copyOf(engine.getChildren())) {
      if (!(node instanceof EntryClassDescriptor) || node.getSource().isEmpty()) {
        continue;
      }
      Class<?> type = ((ClassSource) node.getSource().get()).getJavaClass();
      List<Selection> matching = selections.stream().filter(s -> s.matches(type)).toList();
      if (!matching.isEmpty()) {
        apply(matching, type, node, issues);
      }
    }
  }

  /**
   * Keeps the class's named tests that Surefire's own filter cannot judge: expectations, drift
   * checks and metric tests have no method source, so Surefire keeps them all. A metric test is
   * named by its metric or by its Java method, as Surefire names the method's other tests.
   */
  private static void apply(
      List<Selection> matching,
      Class<?> type,
      TestDescriptor classNode,
      DiscoveryIssueReporter issues) {
    Set<String> javaMethods = new LinkedHashSet<>();
    for (Method method : type.getDeclaredMethods()) {
      javaMethods.add(method.getName());
    }
    List<TestDescriptor> named = new ArrayList<>();
    for (TestDescriptor d : classNode.getDescendants()) {
      if (SuiteFiles.checkName(d).isPresent() || isMetric(d)) {
        named.add(d);
      }
    }
    Set<TestDescriptor> kept = new LinkedHashSet<>();
    for (Selection selection : matching) {
      for (String name : selection.names()) {
        Pattern glob = glob(name);
        boolean javaMethod = javaMethods.stream().anyMatch(m -> glob.matcher(m).matches());
        List<TestDescriptor> hits = named.stream().filter(c -> matches(glob, c)).toList();
        kept.addAll(hits);
        if (hits.isEmpty() && !javaMethod) {
          issues.reportIssue(
              DiscoveryIssue.create(Severity.ERROR, message(selection, type, name, named)));
        }
      }
    }
    for (TestDescriptor test : named) {
      if (!kept.contains(test)) {
        test.removeFromHierarchy();
      }
    }
  }

  private static boolean isMetric(TestDescriptor d) {
    return d.getUniqueId().getLastSegment().getType().equals("metric");
  }

  private static String message(
      Selection selection, Class<?> type, String name, List<TestDescriptor> named) {
    String prefix = "-Dtest=" + selection.pattern() + ": '" + name + "' ";
    List<String> names = named.stream().map(SurefireTestFilter::shortName).distinct().toList();
    return prefix
        + "names no test of "
        + type.getSimpleName()
        + (names.isEmpty()
            ? ""
            : "; its expectations, drift checks and metrics are: "
                + String.join(", ", names.subList(0, Math.min(20, names.size())))
                + (names.size() > 20 ? ", …" : "")
                + " (e.g. -Dtest='"
                + type.getSimpleName()
                + "#"
                + names.get(0)
                + "')");
  }

  private static boolean matches(Pattern glob, TestDescriptor test) {
    if (isMetric(test)) {
      return glob.matcher(shortName(test)).matches()
          || glob.matcher(methodName(test)).matches()
          || glob.matcher(test.getDisplayName()).matches();
    }
    return glob.matcher(shortName(test)).matches()
        || glob.matcher(test.getUniqueId().getLastSegment().getValue()).matches()
        || glob.matcher(test.getDisplayName()).matches();
  }

  /**
   * The name a user types: an expectation's id or {@code key[columns]}, a drift check's name, a
   * metric.
   */
  private static String shortName(TestDescriptor test) {
    return SuiteFiles.checkName(test).orElse(test.getUniqueId().getLastSegment().getValue());
  }

  /** A metric test's Java method, from its parent's segment {@code logistic()}. */
  private static String methodName(TestDescriptor metric) {
    List<UniqueId.Segment> segments = metric.getUniqueId().getSegments();
    String method = segments.get(segments.size() - 2).getValue();
    int paren = method.indexOf('(');
    return paren < 0 ? method : method.substring(0, paren);
  }

  private static Pattern glob(String text) {
    StringBuilder regex = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }

  private record Selection(String pattern, Pattern type, List<String> names) {
    boolean matches(Class<?> candidate) {
      return type.matcher(candidate.getSimpleName()).matches()
          || type.matcher(candidate.getName()).matches();
    }
  }
}
