package dev.mltest.engine.report;

import dev.mltest.report.Lineage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.jspecify.annotations.Nullable;

/**
 * Finds what a run's lineage records besides its data files: the commit checked out (from {@code
 * git}, else {@code GITHUB_SHA}), whether the tree has uncommitted changes, and the versions of the
 * runtime and the libraries that computed the results.
 */
final class LineageProbe {
  private static final System.Logger LOG = System.getLogger(LineageProbe.class.getName());

  private LineageProbe() {}

  /** A lineage without data files. */
  static Lineage probe(UnaryOperator<String> environment) {
    String commit = git("rev-parse", "HEAD").orElse(nullIfBlank(environment.apply("GITHUB_SHA")));
    Boolean dirty =
        commit == null
            ? null
            : git("status", "--porcelain", "--untracked-files=no")
                .map(s -> !s.isEmpty())
                .orElse(null);
    return new Lineage(commit, dirty, List.of(), versions());
  }

  static Map<String, String> versions() {
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("mltest", Lineage.mltestVersion());
    versions.put("java", Runtime.version().toString());
    implementationVersion("org.junit.platform.engine.TestEngine")
        .ifPresent(v -> versions.put("junit-platform", v));
    bundleVersion("org.duckdb.DuckDBDriver").ifPresent(v -> versions.put("duckdb", v));
    mavenVersion("org.tribuo", "tribuo-core").ifPresent(v -> versions.put("tribuo", v));
    implementationVersion("io.qameta.allure.Allure").ifPresent(v -> versions.put("allure-java", v));
    return versions;
  }

  private static Optional<String> implementationVersion(String className) {
    try {
      Class<?> type = Class.forName(className, false, LineageProbe.class.getClassLoader());
      return Optional.ofNullable(type.getPackage().getImplementationVersion());
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
  }

  /** The {@code Bundle-Version} in the manifest of the jar holding a class (OSGi jars). */
  private static Optional<String> bundleVersion(String className) {
    try {
      Class<?> type = Class.forName(className, false, LineageProbe.class.getClassLoader());
      CodeSource source = type.getProtectionDomain().getCodeSource();
      if (source == null || !source.getLocation().getPath().endsWith(".jar")) {
        return Optional.empty();
      }
      try (JarFile jar = new JarFile(Path.of(source.getLocation().toURI()).toFile())) {
        Manifest manifest = jar.getManifest();
        return manifest == null
            ? Optional.empty()
            : Optional.ofNullable(manifest.getMainAttributes().getValue("Bundle-Version"));
      }
    } catch (ClassNotFoundException
        | LinkageError
        | IOException
        | java.net.URISyntaxException
        | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> mavenVersion(String group, String artifact) {
    String resource = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    try (InputStream in = LineageProbe.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      Properties properties = new Properties();
      properties.load(in);
      return Optional.ofNullable(properties.getProperty("version"));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The trimmed output of a git command in the working directory, if it succeeds in time. */
  static Optional<String> git(String... arguments) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(arguments));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getOutputStream().close();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return Optional.empty();
      }
      String text = new String(output, StandardCharsets.UTF_8).trim();
      return process.exitValue() == 0 ? Optional.of(text) : Optional.empty();
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, () -> "git is not available: " + e.getMessage());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  static @Nullable String nullIfBlank(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
