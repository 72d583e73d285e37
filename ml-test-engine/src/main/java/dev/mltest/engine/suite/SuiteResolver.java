package dev.mltest.engine.suite;

import static org.junit.platform.engine.support.discovery.SelectorResolver.Resolution.unresolved;

import dev.mltest.data.DataBackend;
import dev.mltest.engine.config.MlTestConfiguration;
import dev.mltest.engine.execution.DescriptorTrees;
import dev.mltest.suite.SuiteEntry;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.platform.commons.io.Resource;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClasspathResourceSelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves suite files (classpath resources and files, optionally with a line), expectations by
 * name, and unique ids of both.
 */
final class SuiteResolver implements SelectorResolver {
  private final MlTestConfiguration configuration;
  private final SuiteLoader loader;
  private final DiscoveryIssueReporter issues;
  private final Function<@Nullable String, DataBackend> backends;

  /** One run per drift section, planned once however often its nodes are created and merged. */
  private final java.util.Map<UniqueId, DriftRun> driftRuns = new java.util.HashMap<>();

  /**
   * @param backends starts the backend a drift section binds its two datasets in, by the suite's
   *     {@code backend:} (null for the run's backend)
   */
  SuiteResolver(
      MlTestConfiguration configuration,
      DiscoveryIssueReporter issues,
      Function<@Nullable String, DataBackend> backends) {
    this.configuration = configuration;
    this.issues = issues;
    this.backends = backends;
    this.loader = new SuiteLoader(issues, configuration.sourceRoots());
  }

  @Override
  public Resolution resolve(ClasspathResourceSelector selector, Context context) {
    String name = selector.getClasspathResourceName();
    if (!configuration.isSuite(name)) {
      return unresolved();
    }
    Set<Resource> resources = selector.getResources();
    Resource resource = resources.iterator().next();
    if (resources.size() > 1) {
      issues.reportIssue(
          DiscoveryIssue.builder(
              Severity.WARNING,
              "suite %s is on the classpath %d times; running the first, %s"
                  .formatted(name, resources.size(), resource.getUri())));
    }
    return resolve(
        new SuiteSource.Classpath(name, resource.getUri()), selector.getPosition(), context);
  }

  @Override
  public Resolution resolve(FileSelector selector, Context context) {
    if (!configuration.isSuite(selector.getRawPath())) {
      String raw = selector.getRawPath();
      if (raw.endsWith(".yaml") || raw.endsWith(".yml")) {
        // Said, not silent: a user who selects a YAML file expects it to run.
        issues.reportIssue(
            DiscoveryIssue.builder(
                    Severity.INFO,
                    ("%s is not an ml-test suite: suite file names end with '%s' (configuration"
                            + " parameter mltest.suite.suffix); rename it to run it as a suite")
                        .formatted(raw, configuration.suiteSuffix()))
                .source(
                    org.junit.platform.engine.support.descriptor.FileSource.from(
                        selector.getFile())));
      }
      return unresolved();
    }
    return resolve(new SuiteSource.File(selector.getPath()), selector.getPosition(), context);
  }

  private Resolution resolve(SuiteSource source, Optional<FilePosition> position, Context context) {
    Optional<SuiteDescriptor> suite = suite(source, context);
    if (suite.isEmpty()) {
      return unresolved();
    }
    if (position.isPresent()) {
      int line = position.get().getLine();
      Optional<SuiteEntry> entry =
          suite.get().definition().entries().stream().filter(e -> e.spans(line)).findFirst();
      if (entry.isPresent()) {
        // An exact match registers the suite for later selectors of the same file; its expansion
        // adds only the expectation at that line.
        ExpectationSelector only =
            new ExpectationSelector(suite.get().getUniqueId(), entry.get().name());
        return Resolution.match(Match.exact(suite.get(), () -> Set.of(only)));
      }
      long lines = lineCount(source);
      if (line > lines) {
        // A line past the end is a stale or mistyped link: running the whole suite instead would
        // look like a successful rerun of the one expectation that was asked for.
        issues.reportIssue(
            DiscoveryIssue.builder(
                    Severity.WARNING,
                    "%s has %d lines, so line %d selects nothing; select the suite without a line to run all of it"
                        .formatted(source.location(), lines, line))
                .source(source.testSource(null, configuration.sourceRoots())));
        return Resolution.match(Match.exact(suite.get(), Set::of));
      }
      issues.reportIssue(
          DiscoveryIssue.builder(
                  Severity.WARNING,
                  "%s has no expectation at line %d; selecting the whole suite instead"
                      .formatted(source.location(), line))
              .source(source.testSource(null, configuration.sourceRoots())));
    }
    return Resolution.match(Match.exact(suite.get(), () -> children(suite.get())));
  }

  private static long lineCount(SuiteSource source) {
    try {
      return source.read().lines().count();
    } catch (RuntimeException e) {
      return Long.MAX_VALUE; // unreadable: the suite node reports why
    }
  }

  private Optional<SuiteDescriptor> suite(SuiteSource source, Context context) {
    return context.addToParent(parent -> Optional.of(create(parent, source)));
  }

  private SuiteDescriptor create(TestDescriptor parent, SuiteSource source) {
    UniqueId id = parent.getUniqueId().append(source.segmentType(), source.segmentValue());
    return new SuiteDescriptor(id, source, loader.load(source), configuration);
  }

  private static Set<DiscoverySelector> children(SuiteDescriptor suite) {
    Set<DiscoverySelector> children =
        suite.definition().entries().stream()
            .map(e -> new ExpectationSelector(suite.getUniqueId(), e.name()))
            .collect(Collectors.toCollection(LinkedHashSet::new));
    if (suite.definition().drift() != null) {
      children.add(new DriftSelector(suite.getUniqueId(), id -> true));
    }
    return children;
  }

  private Resolution resolveDrift(DriftSelector selector, Context context) {
    Optional<DriftDescriptor> node =
        DescriptorTrees.addOrMerge(
            context,
            () -> DiscoverySelectors.selectUniqueId(selector.suite()),
            parent ->
                parent instanceof SuiteDescriptor suite
                    ? Optional.of(drift(suite, selector))
                    : Optional.empty());
    return node.map(n -> Resolution.match(Match.exact(n))).orElse(unresolved());
  }

  private DriftDescriptor drift(SuiteDescriptor suite, DriftSelector selector) {
    DriftRun run =
        driftRuns.computeIfAbsent(
            suite.getUniqueId(),
            id ->
                DriftRun.plan(
                    suite.suiteSource(),
                    suite.definition(),
                    configuration,
                    () -> backends.apply(suite.definition().backend())));
    return new DriftDescriptor(
        suite.getUniqueId().append(DriftDescriptor.SEGMENT, DriftDescriptor.VALUE),
        suite.suiteSource(),
        suite.definition(),
        run,
        configuration,
        selector.include());
  }

  @Override
  public Resolution resolve(DiscoverySelector selector, Context context) {
    if (selector instanceof DriftSelector drift) {
      return resolveDrift(drift, context);
    }
    if (!(selector instanceof ExpectationSelector expectation)) {
      return unresolved();
    }
    Optional<ExpectationDescriptor> descriptor =
        context.addToParent(
            () -> DiscoverySelectors.selectUniqueId(expectation.suite()),
            parent -> {
              if (!(parent instanceof SuiteDescriptor suite)) {
                return Optional.empty();
              }
              return suite
                  .entry(expectation.name())
                  .map(
                      entry ->
                          new ExpectationDescriptor(
                              parent
                                  .getUniqueId()
                                  .append(ExpectationDescriptor.SEGMENT, entry.name()),
                              entry,
                              suite.suiteSource(),
                              suite.getTags(),
                              configuration));
            });
    return descriptor.map(d -> Resolution.match(Match.exact(d))).orElse(unresolved());
  }

  /**
   * Resolves {@code [engine]/([class:X]/)[suite:Y](/[expectation:Z])}: a suite is created below its
   * parent without its siblings; an expectation below its suite without its siblings.
   */
  @Override
  public Resolution resolve(UniqueIdSelector selector, Context context) {
    UniqueId id = selector.getUniqueId();
    List<UniqueId.Segment> segments = id.getSegments();
    int suiteIndex =
        segments.size() > 2 && segments.get(1).getType().equals(DescriptorTrees.CLASS_SEGMENT)
            ? 2
            : 1;
    if (segments.size() <= suiteIndex) {
      return unresolved();
    }
    UniqueId suiteId = DescriptorTrees.prefix(id, suiteIndex + 1);
    if (segments.size() > suiteIndex + 1
        && segments.get(suiteIndex + 1).getType().equals(DriftDescriptor.SEGMENT)) {
      boolean whole = segments.size() == suiteIndex + 2;
      return resolve(
          new DriftSelector(suiteId, child -> whole || id.hasPrefix(child) || child.hasPrefix(id)),
          context);
    }
    if (segments.size() == suiteIndex + 2
        && segments.get(suiteIndex + 1).getType().equals(ExpectationDescriptor.SEGMENT)) {
      // Resolved here, not queued: an id naming no expectation (renamed since) stays unresolved,
      // and the platform reports it like any other stale unique id.
      return resolve(
          new ExpectationSelector(suiteId, segments.get(suiteIndex + 1).getValue()), context);
    }
    if (segments.size() != suiteIndex + 1) {
      return unresolved();
    }
    Optional<SuiteSource> source = source(segments.get(suiteIndex));
    String type = segments.get(suiteIndex).getType();
    if (source.isEmpty()
        && !type.equals(SuiteSource.Classpath.SEGMENT)
        && !type.equals(SuiteSource.File.SEGMENT)) {
      return unresolved(); // another resolver's id, e.g. a regression method below its class
    }
    if (source.isEmpty()) {
      issues.reportIssue(
          DiscoveryIssue.builder(
              Severity.WARNING,
              ("unique id %s names a suite that no longer exists (%s '%s' was renamed, moved or"
                      + " deleted since the id was recorded); rediscover the tests to run it")
                  .formatted(
                      id,
                      segments.get(suiteIndex).getType(),
                      segments.get(suiteIndex).getValue())));
      return unresolved();
    }
    Optional<SuiteDescriptor> suite =
        suiteIndex == 1
            ? suite(source.get(), context)
            : context.addToParent(
                () -> DiscoverySelectors.selectUniqueId(DescriptorTrees.prefix(id, suiteIndex)),
                parent -> Optional.of(create(parent, source.get())));
    return suite.map(s -> Resolution.match(Match.exact(s, () -> children(s)))).orElse(unresolved());
  }

  private static Optional<SuiteSource> source(UniqueId.Segment segment) {
    if (segment.getType().equals(SuiteSource.Classpath.SEGMENT)) {
      Set<Resource> resources;
      try {
        resources = DiscoverySelectors.selectClasspathResource(segment.getValue()).getResources();
      } catch (RuntimeException e) {
        return Optional.empty(); // not on the classpath (any more)
      }
      if (resources.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new SuiteSource.Classpath(segment.getValue(), resources.iterator().next().getUri()));
    }
    if (segment.getType().equals(SuiteSource.File.SEGMENT)) {
      Path file = Path.of(segment.getValue());
      return java.nio.file.Files.isRegularFile(file)
          ? Optional.of(new SuiteSource.File(file))
          : Optional.empty();
    }
    return Optional.empty();
  }
}
