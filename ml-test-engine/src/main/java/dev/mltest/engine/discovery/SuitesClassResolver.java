package dev.mltest.engine.discovery;

import static org.junit.platform.engine.support.discovery.SelectorResolver.Resolution.unresolved;

import dev.mltest.engine.MlTestConfiguration;
import dev.mltest.engine.MlTestSuites;
import dev.mltest.engine.descriptor.EntryClassDescriptor;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.commons.io.Resource;
import org.junit.platform.commons.io.ResourceFilter;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.commons.support.ResourceSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Turns the entry-point class (annotated {@link MlTestSuites}) into a container of the suite files
 * of its package, or of the packages it lists. Other classes are left to other engines.
 */
final class SuitesClassResolver implements SelectorResolver {
  private final MlTestConfiguration configuration;

  SuitesClassResolver(MlTestConfiguration configuration) {
    this.configuration = configuration;
  }

  @Override
  public Resolution resolve(ClassSelector selector, Context context) {
    Class<?> type = selector.getJavaClass();
    Optional<MlTestSuites> annotation = AnnotationSupport.findAnnotation(type, MlTestSuites.class);
    if (annotation.isEmpty()) {
      return unresolved();
    }
    return context
        .addToParent(
            parent ->
                Optional.of(
                    new EntryClassDescriptor(
                        parent.getUniqueId().append(EntryClassDescriptor.SEGMENT, type.getName()),
                        type)))
        .map(
            node ->
                Resolution.match(
                    Match.exact(node, () -> suites(node.getUniqueId(), type, annotation.get()))))
        .orElse(unresolved());
  }

  @Override
  public Resolution resolve(UniqueIdSelector selector, Context context) {
    List<UniqueId.Segment> segments = selector.getUniqueId().getSegments();
    if (segments.size() != 2 || !segments.get(1).getType().equals(EntryClassDescriptor.SEGMENT)) {
      return unresolved();
    }
    return ReflectionSupport.tryToLoadClass(segments.get(1).getValue())
        .toOptional()
        .map(type -> resolve(DiscoverySelectors.selectClass(type), context))
        .orElse(unresolved());
  }

  /**
   * The class's suites, selected by their unique ids below the class. Not by classpath resource:
   * the platform resolves equal selectors once, so a suite also selected on its own (or by a
   * package or classpath root in the same request) would end up in only one of the two places.
   */
  private Set<DiscoverySelector> suites(UniqueId classId, Class<?> type, MlTestSuites annotation) {
    List<String> packages =
        annotation.packages().length == 0
            ? List.of(type.getPackageName())
            : Arrays.stream(annotation.packages()).map(String::trim).toList();
    ResourceFilter filter = ResourceFilter.of(r -> configuration.isSuite(r.getName()));
    Set<DiscoverySelector> selectors = new LinkedHashSet<>();
    for (String name : packages) {
      for (Resource resource : ResourceSupport.findAllResourcesInPackage(name, filter)) {
        selectors.add(
            DiscoverySelectors.selectUniqueId(
                classId.append(SuiteSource.Classpath.SEGMENT, resource.getName())));
      }
    }
    return selectors;
  }
}
