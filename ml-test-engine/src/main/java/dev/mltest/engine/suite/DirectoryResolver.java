package dev.mltest.engine.suite;

import static org.junit.platform.engine.support.discovery.SelectorResolver.Resolution.unresolved;

import dev.mltest.engine.config.MlTestConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/** Turns a directory into the suite files below it. */
final class DirectoryResolver implements SelectorResolver {
  private final MlTestConfiguration configuration;

  DirectoryResolver(MlTestConfiguration configuration) {
    this.configuration = configuration;
  }

  @Override
  public Resolution resolve(DirectorySelector selector, Context context) {
    Path root = selector.getPath();
    if (!Files.isDirectory(root)) {
      return unresolved();
    }
    try (Stream<Path> files = Files.walk(root)) {
      Set<DiscoverySelector> suites =
          files
              .filter(Files::isRegularFile)
              .filter(p -> configuration.isSuite(p.getFileName().toString()))
              .sorted()
              .map(p -> DiscoverySelectors.selectFile(p.toFile()))
              .collect(Collectors.toCollection(LinkedHashSet::new));
      return suites.isEmpty() ? unresolved() : Resolution.selectors(suites);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
    }
  }
}
