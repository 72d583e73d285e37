package dev.mltest.engine.discovery;

import dev.mltest.engine.suite.SuiteFiles;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;

/**
 * Maven Surefire's {@code -Dtest=Class#name} for ML tests that are not Java methods.
 *
 * <p>Surefire's own filter only understands Java methods: it keeps every test whose source is not a
 * method (so {@code -Dtest=DataQualityTest#income-strict} would run every expectation) and drops
 * every test of another method name (so {@code -Dtest=ChurnTest#auc}, a metric, would run nothing
 * and pass). Surefire passes {@code -Dtest} on to the test JVM as the system property {@code test};
 * this filter reads it, keeps only the expectations and drift checks named after {@code #} below a
 * matching {@code @MlTestSuites} class, and reports an error — failing the run — for a name that
 * selects nothing, with the form that works.
 */
final class SurefireTestFilter {
  private final List<Selection> selections;

  private SurefireTestFilter(List<Selection> selections) {
    this.selections = selections;
  }

  /** The filter of {@code -Dtest}'s value; empty when there is none or it names no test name. */
  static SurefireTestFilter parse(String value) {
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
      for (Selection selection : selections) {
        if (selection.matches(type)) {
          apply(selection, type, node, issues);
        }
      }
    }
  }

  private static void apply(
      Selection selection, Class<?> type, TestDescriptor classNode, DiscoveryIssueReporter issues) {
    Set<String> javaMethods = new LinkedHashSet<>();
    for (Method method : type.getDeclaredMethods()) {
      javaMethods.add(method.getName());
    }
    List<TestDescriptor> checks = new ArrayList<>();
    Set<String> metrics = new LinkedHashSet<>();
    for (TestDescriptor d : classNode.getDescendants()) {
      if (SuiteFiles.checkName(d).isPresent()) {
        checks.add(d);
      } else if (d.getUniqueId().getLastSegment().getType().equals("metric")) {
        metrics.add(d.getUniqueId().getLastSegment().getValue());
      }
    }
    List<String> unmatched = new ArrayList<>();
    Set<TestDescriptor> kept = new LinkedHashSet<>();
    for (String name : selection.names()) {
      Pattern glob = glob(name);
      if (javaMethods.stream().anyMatch(m -> glob.matcher(m).matches())) {
        continue; // a @RegressionTest or @PropertyTest method: Surefire's filter selects it
      }
      List<TestDescriptor> hits = checks.stream().filter(c -> matches(glob, c)).toList();
      if (hits.isEmpty()) {
        unmatched.add(name);
      }
      kept.addAll(hits);
    }
    boolean namesChecks = unmatched.size() < selection.names().size();
    if (namesChecks && !kept.isEmpty()) {
      for (TestDescriptor check : checks) {
        if (!kept.contains(check)) {
          check.removeFromHierarchy();
        }
      }
    }
    for (String name : unmatched) {
      issues.reportIssue(
          DiscoveryIssue.create(Severity.ERROR, message(selection, type, name, checks, metrics)));
    }
  }

  private static String message(
      Selection selection,
      Class<?> type,
      String name,
      List<TestDescriptor> checks,
      Set<String> metrics) {
    String prefix = "-Dtest=" + selection.pattern() + ": '" + name + "' ";
    if (metrics.contains(name)) {
      return prefix
          + "is a metric; Surefire selects regression tests by their Java method, so run"
          + " -Dtest='"
          + type.getSimpleName()
          + "#<method>' to judge all its metrics, or run the one metric from the IDE or the"
          + " console launcher by its unique id (--select-unique-id)";
    }
    List<String> names =
        checks.stream()
            .map(c -> SuiteFiles.checkName(c).orElse(c.getDisplayName()))
            .distinct()
            .toList();
    return prefix
        + "names no test of "
        + type.getSimpleName()
        + (names.isEmpty()
            ? ""
            : "; its expectations and drift checks are: "
                + String.join(", ", names.subList(0, Math.min(20, names.size())))
                + (names.size() > 20 ? ", …" : "")
                + " (e.g. -Dtest='"
                + type.getSimpleName()
                + "#"
                + names.get(0)
                + "')");
  }

  private static boolean matches(Pattern glob, TestDescriptor check) {
    return glob.matcher(SuiteFiles.checkName(check).orElse(check.getDisplayName())).matches()
        || glob.matcher(check.getUniqueId().getLastSegment().getValue()).matches()
        || glob.matcher(check.getDisplayName()).matches();
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
