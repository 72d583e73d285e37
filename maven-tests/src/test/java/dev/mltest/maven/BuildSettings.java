package dev.mltest.maven;

import java.nio.file.Path;

/** What the running Maven build hands to these tests (see this module's pom). */
record BuildSettings(
    Path reactorRoot,
    String version,
    Path localRepository,
    Path mavenHome,
    Path workDir,
    Path consoleJar) {

  static BuildSettings current() {
    return new BuildSettings(
        Path.of(required("mltest.it.reactorRoot")),
        required("mltest.it.version"),
        Path.of(required("mltest.it.localRepository")),
        Path.of(required("mltest.it.mavenHome")),
        Path.of(required("mltest.it.workDir")),
        Path.of(required("mltest.it.consoleJar")));
  }

  /** The docs folder of this checkout. */
  Path docs() {
    return reactorRoot.resolve("docs");
  }

  private static String required(String key) {
    String value = System.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "system property " + key + " is not set: run these tests through Maven (mvn verify)");
    }
    return value;
  }
}
