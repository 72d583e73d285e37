package dev.mltest.maven;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A local Maven repository under {@code target/} for generated projects: this build's MLTest
 * artifacts, installed fresh, and everything else linked from the build's own local repository.
 *
 * <p>The reactor does not install during {@code verify}, and Maven 3.8 has no chained local
 * repository. So every top-level entry of the real repository is a symbolic link, except the {@code
 * dev/mltest} group, which is a real folder holding the installed copies. A generated project then
 * runs offline ({@code mvn -o}) with exactly the plugins and libraries the build itself fetched,
 * and never sees a stale MLTest from an earlier {@code mvn install}.
 */
final class PrivateRepository {
  /** The modules whose artifacts a user's project can depend on, in the reactor's folders. */
  private static final List<Module> MODULES =
      List.of(
          new Module(".", "mltest-parent", false),
          new Module("mltest-bom", "mltest-bom", false),
          new Module("ml-assertions", "ml-assertions", true),
          new Module("ml-test-engine", "ml-test-engine", true),
          new Module("ml-test-spark", "ml-test-spark", true),
          new Module("mltest-cli", "mltest-cli", true),
          new Module("mltest-maven-plugin", "mltest-maven-plugin", true));

  private static PrivateRepository shared;

  private final Path root;

  private PrivateRepository(Path root) {
    this.root = root;
  }

  /** The repository of this test JVM, built on first use. */
  static synchronized PrivateRepository shared() {
    if (shared == null) {
      BuildSettings settings = BuildSettings.current();
      Path root = settings.workDir().resolve("repository");
      shared = new PrivateRepository(root);
      shared.build(settings);
    }
    return shared;
  }

  Path root() {
    return root;
  }

  private void build(BuildSettings settings) {
    try {
      deleteTree(root);
      Files.createDirectories(root);
      linkAllBut(settings.localRepository(), root, "dev");
      Path dev = Files.createDirectories(root.resolve("dev"));
      linkAllBut(settings.localRepository().resolve("dev"), dev, "mltest");
      for (Module module : MODULES) {
        install(settings, module);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the private repository " + root, e);
    }
  }

  private static void linkAllBut(Path from, Path to, String except) throws IOException {
    if (!Files.isDirectory(from)) {
      return;
    }
    try (Stream<Path> entries = Files.list(from)) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        if (!entry.getFileName().toString().equals(except)) {
          Files.createSymbolicLink(to.resolve(entry.getFileName().toString()), entry);
        }
      }
    }
  }

  private void install(BuildSettings settings, Module module) throws IOException {
    String version = settings.version();
    Path folder = root.resolve("dev/mltest").resolve(module.artifactId()).resolve(version);
    Files.createDirectories(folder);
    Path moduleDir = settings.reactorRoot().resolve(module.folder());
    String base = module.artifactId() + "-" + version;
    Files.copy(
        moduleDir.resolve("pom.xml"),
        folder.resolve(base + ".pom"),
        StandardCopyOption.REPLACE_EXISTING);
    if (module.hasJar()) {
      Path jar = moduleDir.resolve("target").resolve(base + ".jar");
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException(
            jar
                + " is missing: run these tests in the reactor after `package`, e.g."
                + " mvn -B verify -pl maven-tests -am");
      }
      Files.copy(jar, folder.resolve(base + ".jar"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes a folder; symbolic links are removed, never followed. */
  static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }

  private record Module(String folder, String artifactId, boolean hasJar) {
    Module {
      requireNonNull(folder);
      requireNonNull(artifactId);
    }
  }
}
