package dev.mltest.engine.discovery;

import static org.junit.platform.engine.support.discovery.SelectorResolver.Resolution.unresolved;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.platform.commons.io.Resource;
import org.junit.platform.commons.io.ResourceFilter;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.commons.support.ResourceSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.ModuleSelector;
import org.junit.platform.engine.discovery.PackageSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves a classpath root, a package or a module into both kinds of things it holds: the suite
 * files (as classpath resources) and the classes with method-based ML tests (as classes).
 *
 * <p>One resolver for both because the platform asks resolvers in turn and stops at the first that
 * resolves a selector: JUnit's separate resource and class container resolvers cannot both see the
 * same package. The request's class-name and package filters apply as they do for JUnit's own.
 */
final class ContainerResolver implements SelectorResolver {
  private final ResourceFilter suiteFiles;
  private final Predicate<Class<?>> classes;
  private final Predicate<String> classNames;
  private final Predicate<String> packages;

  ContainerResolver(
      ResourceFilter suiteFiles,
      Predicate<Class<?>> classes,
      Predicate<String> classNames,
      Predicate<String> packages) {
    this.suiteFiles = suiteFiles;
    this.classes = classes;
    this.classNames = classNames;
    this.packages = packages;
  }

  @Override
  public Resolution resolve(ClasspathRootSelector selector, Context context) {
    return resolution(
        ResourceSupport.findAllResourcesInClasspathRoot(
            selector.getClasspathRoot(), inFilteredPackage()),
        ReflectionSupport.findAllClassesInClasspathRoot(
            selector.getClasspathRoot(), classes, classNames.and(this::inPackageFilter)));
  }

  @Override
  public Resolution resolve(PackageSelector selector, Context context) {
    return resolution(
        ResourceSupport.findAllResourcesInPackage(selector.getPackageName(), suiteFiles),
        ReflectionSupport.findAllClassesInPackage(selector.getPackageName(), classes, classNames));
  }

  @Override
  public Resolution resolve(ModuleSelector selector, Context context) {
    return resolution(
        ResourceSupport.findAllResourcesInModule(selector.getModuleName(), inFilteredPackage()),
        ReflectionSupport.findAllClassesInModule(
            selector.getModuleName(), classes, classNames.and(this::inPackageFilter)));
  }

  private ResourceFilter inFilteredPackage() {
    return ResourceFilter.of(
        resource -> suiteFiles.match(resource) && packages.test(packageOf(resource.getName())));
  }

  private boolean inPackageFilter(String className) {
    int dot = className.lastIndexOf('.');
    return packages.test(dot < 0 ? "" : className.substring(0, dot));
  }

  private static String packageOf(String resourceName) {
    int slash = resourceName.lastIndexOf('/');
    return slash < 0 ? "" : resourceName.substring(0, slash).replace('/', '.');
  }

  private static Resolution resolution(List<Resource> resources, List<Class<?>> types) {
    // Resources of one name (the same path in two jars) form one selector, as in JUnit's own.
    Map<String, Set<Resource>> byName = new LinkedHashMap<>();
    for (Resource resource : resources) {
      byName.computeIfAbsent(resource.getName(), name -> new LinkedHashSet<>()).add(resource);
    }
    Set<DiscoverySelector> selectors = new LinkedHashSet<>();
    byName
        .values()
        .forEach(set -> selectors.add(DiscoverySelectors.selectClasspathResourceByName(set)));
    types.forEach(type -> selectors.add(DiscoverySelectors.selectClass(type)));
    return selectors.isEmpty() ? unresolved() : Resolution.selectors(selectors);
  }
}
