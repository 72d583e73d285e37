package dev.mltest.engine.suite;

import dev.mltest.suite.SourcePosition;
import dev.mltest.suite.SuiteDefinition;
import dev.mltest.suite.SuiteParser;
import dev.mltest.suite.SuiteProblem;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;

/**
 * Reads and parses each suite once per discovery, and reports its problems as discovery issues
 * (warnings: the problems also fail the nodes they concern, so the rest of the run goes on).
 */
final class SuiteLoader {
  private final DiscoveryIssueReporter issues;
  private final Map<String, SuiteDefinition> cache = new HashMap<>();
  private final List<Path> sourceRoots;

  SuiteLoader(DiscoveryIssueReporter issues, List<Path> sourceRoots) {
    this.issues = issues;
    this.sourceRoots = sourceRoots;
  }

  SuiteDefinition load(SuiteSource source) {
    return cache.computeIfAbsent(
        source.segmentType() + ":" + source.segmentValue(), key -> parse(source));
  }

  private SuiteDefinition parse(SuiteSource source) {
    SuiteDefinition definition;
    try {
      definition = SuiteParser.parse(source.location(), source.read());
    } catch (RuntimeException e) {
      // A parser bug must not abort discovery of every other suite: it becomes this suite's
      // problem.
      SuiteProblem unreadable =
          new SuiteProblem(
              source.location(),
              SourcePosition.START,
              Objects.requireNonNullElse(e.getMessage(), e.toString()));
      definition =
          new SuiteDefinition(
              source.location(), null, null, false, List.of(), List.of(), List.of(unreadable));
    }
    for (SuiteProblem p : definition.problems()) {
      report(source, p);
    }
    if (definition.drift() != null && definition.drift().problem() != null) {
      report(source, definition.drift().problem());
    }
    definition.entries().stream()
        .filter(e -> e.problem() != null)
        .forEach(e -> report(source, e.problem()));
    return definition;
  }

  private void report(SuiteSource source, SuiteProblem problem) {
    issues.reportIssue(
        DiscoveryIssue.builder(Severity.WARNING, problem.toString())
            .source(source.testSource(problem.position(), sourceRoots)));
  }
}
