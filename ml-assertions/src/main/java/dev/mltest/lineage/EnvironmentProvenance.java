package dev.mltest.lineage;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.apiguardian.api.API;
import org.tribuo.Tribuo;

/**
 * The runtime and library versions that computed a result: the one list both reports and baselines
 * record, so that a baseline and the report of the run that wrote it agree.
 *
 * @param versions version by name, e.g. {@code mltest → 0.1.0}, {@code java → 17.0.15}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EnvironmentProvenance(Map<String, String> versions) {
  private static final EnvironmentProvenance CURRENT = probe();

  public EnvironmentProvenance {
    versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions));
  }

  /**
   * This JVM's versions: {@code mltest}, {@code java} (the full runtime version), and {@code
   * junit-platform}, {@code duckdb}, {@code tribuo}, {@code allure-java} when they are on the class
   * path.
   */
  public static EnvironmentProvenance current() {
    return CURRENT;
  }

  /** The version of the MLTest library, or {@code unknown} when it is not packaged. */
  public static String mltestVersion() {
    try (InputStream in = EnvironmentProvenance.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "unknown");
      return version.startsWith("${") ? "unknown" : version;
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** Versions that differ from another environment's, e.g. {@code tribuo 4.3.1 → 4.3.2}. */
  public List<String> changesFrom(EnvironmentProvenance old) {
    TreeSet<String> keys = new TreeSet<>(versions.keySet());
    keys.addAll(old.versions.keySet());
    List<String> changes = new ArrayList<>();
    for (String key : keys) {
      String was = old.versions.get(key);
      String now = versions.get(key);
      if (!Objects.equals(was, now)) {
        changes.add(
            "%s %s → %s".formatted(key, was == null ? "unset" : was, now == null ? "unset" : now));
      }
    }
    return changes;
  }

  private static EnvironmentProvenance probe() {
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("mltest", mltestVersion());
    versions.put("java", Runtime.version().toString());
    implementationVersion("org.junit.platform.engine.TestEngine")
        .ifPresent(v -> versions.put("junit-platform", v));
    bundleVersion("org.duckdb.DuckDBDriver").ifPresent(v -> versions.put("duckdb", v));
    versions.put("tribuo", Tribuo.VERSION);
    implementationVersion("io.qameta.allure.Allure").ifPresent(v -> versions.put("allure-java", v));
    return new EnvironmentProvenance(versions);
  }

  private static Optional<String> implementationVersion(String className) {
    try {
      Class<?> type = Class.forName(className, false, EnvironmentProvenance.class.getClassLoader());
      return Optional.ofNullable(type.getPackage().getImplementationVersion());
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
  }

  /** The {@code Bundle-Version} in the manifest of the jar holding a class (OSGi jars). */
  private static Optional<String> bundleVersion(String className) {
    try {
      Class<?> type = Class.forName(className, false, EnvironmentProvenance.class.getClassLoader());
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
        | URISyntaxException
        | RuntimeException e) {
      return Optional.empty();
    }
  }
}
