package dev.mltest.engine.discovery;

import static org.junit.platform.engine.support.discovery.SelectorResolver.Resolution.unresolved;

import dev.mltest.engine.MlTestSuites;
import dev.mltest.engine.config.MlTestConfiguration;
import dev.mltest.engine.execution.DescriptorTrees;
import dev.mltest.engine.suite.SuiteFiles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.platform.commons.io.Resource;
import org.junit.platform.commons.io.ResourceFilter;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.commons.support.ResourceSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves Java test classes: the entry-point class annotated {@link MlTestSuites} (a container of
 * the suite files of its package, or of the packages it lists) and classes that declare test
 * methods of a {@link MethodTestKind}. Other classes are left to other engines.
 */
final class SuitesClassResolver implements SelectorResolver {
  private final MlTestConfiguration configuration;
  private final List<MethodTestKind> kinds;

  SuitesClassResolver(MlTestConfiguration configuration, List<MethodTestKind> kinds) {
    this.configuration = configuration;
    this.kinds = List.copyOf(kinds);
  }

  /**
   * Classes that a scan of a package, module or classpath root selects: those that declare test
   * methods of one of the kinds, and can be instantiated by the engine.
   */
  static Predicate<Class<?>> methodTestClasses(List<MethodTestKind> kinds) {
    return type ->
        !kinds.isEmpty()
            && !Modifier.isAbstract(type.getModifiers())
            && !Modifier.isPrivate(type.getModifiers())
            && !type.isLocalClass()
            && !type.isAnonymousClass()
            && ReflectionSupport.findMethods(
                    type,
                    m -> kinds.stream().anyMatch(k -> k.isTestMethod(m)),
                    HierarchyTraversalMode.TOP_DOWN)
                .stream()
                .findAny()
                .isPresent();
  }

  @Override
  public Resolution resolve(ClassSelector selector, Context context) {
    Class<?> type = selector.getJavaClass();
    Optional<MlTestSuites> annotation = AnnotationSupport.findAnnotation(type, MlTestSuites.class);
    List<Method> methods = testMethods(type);
    if (annotation.isEmpty() && methods.isEmpty()) {
      return unresolved();
    }
    return classNode(type, context)
        .map(
            node ->
                Resolution.match(
                    Match.exact(
                        node, () -> children(node.getUniqueId(), type, annotation, methods))))
        .orElse(unresolved());
  }

  @Override
  public Resolution resolve(MethodSelector selector, Context context) {
    Class<?> type = selector.getJavaClass();
    Method method = selector.getJavaMethod();
    // The class node is created when the method node asks for its parent by unique id, so that it
    // is registered as resolved; creating it here would leave the method node on an orphan copy.
    return kindOf(method)
        .flatMap(
            kind ->
                parentId(context)
                    .map(
                        parent ->
                            new MethodNodeSelector(
                                parent.append(EntryClassDescriptor.SEGMENT, type.getName()),
                                type,
                                method,
                                kind,
                                id -> true)))
        .map(s -> Resolution.selectors(Set.<DiscoverySelector>of(s)))
        .orElse(unresolved());
  }

  /** The unique id of the node that top-level selectors add to (the engine, or a suite's). */
  private static Optional<UniqueId> parentId(Context context) {
    UniqueId[] id = new UniqueId[1];
    context.addToParent(
        parent -> {
          id[0] = parent.getUniqueId();
          return Optional.<TestDescriptor>empty();
        });
    return Optional.ofNullable(id[0]);
  }

  @Override
  public Resolution resolve(DiscoverySelector selector, Context context) {
    if (!(selector instanceof MethodNodeSelector m)) {
      return unresolved();
    }
    Optional<TestDescriptor> node =
        DescriptorTrees.addOrMerge(
            context,
            () -> DiscoverySelectors.selectUniqueId(m.classId()),
            parent -> Optional.of(create(parent, m)));
    return node.map(n -> Resolution.match(Match.exact(n))).orElse(unresolved());
  }

  private TestDescriptor create(TestDescriptor parent, MethodNodeSelector m) {
    UniqueId id =
        parent
            .getUniqueId()
            .append(m.kind().segmentType(), MethodNodeSelector.segmentValue(m.method()));
    return m.kind().createNode(id, m.testClass(), m.method(), configuration, m.include());
  }

  @Override
  public Resolution resolve(UniqueIdSelector selector, Context context) {
    List<UniqueId.Segment> segments = selector.getUniqueId().getSegments();
    if (segments.size() < 2 || !segments.get(1).getType().equals(EntryClassDescriptor.SEGMENT)) {
      return unresolved();
    }
    Optional<Class<?>> type =
        ReflectionSupport.tryToLoadClass(segments.get(1).getValue()).toOptional();
    if (type.isEmpty()) {
      return unresolved();
    }
    if (segments.size() == 2) {
      return resolve(DiscoverySelectors.selectClass(type.get()), context);
    }
    UniqueId.Segment methodSegment = segments.get(2);
    for (MethodTestKind kind : kinds) {
      if (!kind.segmentType().equals(methodSegment.getType())) {
        continue;
      }
      Optional<Method> method =
          testMethods(type.get()).stream()
              .filter(m -> MethodNodeSelector.segmentValue(m).equals(methodSegment.getValue()))
              .findFirst();
      if (method.isPresent()) {
        UniqueId selected = selector.getUniqueId();
        UniqueId classId = DescriptorTrees.prefix(selected, 2);
        Predicate<UniqueId> include =
            id -> segments.size() == 3 || selected.hasPrefix(id) || id.hasPrefix(selected);
        return Resolution.selectors(
            Set.of(new MethodNodeSelector(classId, type.get(), method.get(), kind, include)));
      }
    }
    return unresolved();
  }

  private Optional<EntryClassDescriptor> classNode(Class<?> type, Context context) {
    return context.addToParent(
        parent ->
            Optional.of(
                new EntryClassDescriptor(
                    parent.getUniqueId().append(EntryClassDescriptor.SEGMENT, type.getName()),
                    type)));
  }

  private Set<DiscoverySelector> children(
      UniqueId classId, Class<?> type, Optional<MlTestSuites> annotation, List<Method> methods) {
    Set<DiscoverySelector> selectors = new LinkedHashSet<>();
    annotation.ifPresent(a -> selectors.addAll(suites(classId, type, a)));
    for (Method method : methods) {
      kindOf(method)
          .ifPresent(
              kind ->
                  selectors.add(new MethodNodeSelector(classId, type, method, kind, id -> true)));
    }
    return selectors;
  }

  private List<Method> testMethods(Class<?> type) {
    if (kinds.isEmpty()) {
      return List.of();
    }
    return ReflectionSupport.findMethods(
        type, m -> kindOf(m).isPresent(), HierarchyTraversalMode.TOP_DOWN);
  }

  private Optional<MethodTestKind> kindOf(Method method) {
    return kinds.stream().filter(k -> k.isTestMethod(method)).findFirst();
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
        selectors.add(SuiteFiles.suiteBelow(classId, resource.getName()));
      }
    }
    return selectors;
  }
}
