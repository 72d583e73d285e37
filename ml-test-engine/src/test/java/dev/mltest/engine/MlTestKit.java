package dev.mltest.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The engine under test, set up the same way in every test class, and the unique ids of the
 * fixtures spelled out: they are a contract with IDEs, which store them to rerun a single test.
 */
final class MlTestKit {
  static final UniqueId ENGINE = UniqueId.forEngine("ml-test");

  private MlTestKit() {}

  /** A kit that ignores {@code junit-platform.properties} and writes outputs below a temp dir. */
  static EngineTestKit.Builder engine(Path outputDirectory) {
    return EngineTestKit.engine(new MlTestEngine())
        .enableImplicitConfigurationParameters(false)
        .outputDirectoryCreator(new TempDirOutput(outputDirectory));
  }

  /** {@code [engine:ml-test]/[suite:<resource>]} */
  static UniqueId suite(String resource) {
    return ENGINE.append("suite", resource);
  }

  /** {@code [engine:ml-test]/[suite-file:<absolute path>]} */
  static UniqueId suiteFile(Path file) {
    return ENGINE.append("suite-file", file.toAbsolutePath().normalize().toString());
  }

  /** {@code [engine:ml-test]/[class:<name>]} */
  static UniqueId entryClass(Class<?> type) {
    return ENGINE.append("class", type.getName());
  }

  /** {@code <suite or class>/[suite:<resource>]} */
  static UniqueId suite(UniqueId parent, String resource) {
    return parent.append("suite", resource);
  }

  /** {@code <suite>/[expectation:<name>]} */
  static UniqueId expectation(UniqueId suite, String name) {
    return suite.append("expectation", name);
  }

  /** Where a test resource lies on disk (in {@code target/test-classes}). */
  static Path resourcePath(String name) {
    URL url = Objects.requireNonNull(MlTestKit.class.getClassLoader().getResource(name), name);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The folder the test resources were copied to: a classpath root. */
  static Path testClasspathRoot() {
    return resourcePath("fixtures").getParent();
  }

  /** The one item of a collection, after asserting that there is exactly one. */
  static <T> T single(Collection<T> items) {
    assertThat(items).hasSize(1);
    return items.iterator().next();
  }

  /** The unique ids of every descriptor below the root, in tree order. */
  static Set<UniqueId> descendantIds(TestDescriptor root) {
    Set<UniqueId> ids = new LinkedHashSet<>();
    root.getDescendants().forEach(d -> ids.add(d.getUniqueId()));
    return ids;
  }
}
