package dev.mltest.regression;

import dev.mltest.data.Dataset;
import dev.mltest.data.FileDataset;
import dev.mltest.suite.SuiteDefinition;
import dev.mltest.suite.SuiteParser;
import dev.mltest.suite.SuiteProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Finds data files named by suite files or by classpath resource names. */
final class SuiteDatasets {
  private SuiteDatasets() {}

  /** The dataset a classpath suite file names, resolved next to the suite file. */
  static FileDataset resolve(String suiteResource) {
    URL url = resource(suiteResource, "suite");
    String text;
    try (InputStream in = url.openStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read suite " + suiteResource + ": " + e.getMessage(), e);
    }
    SuiteDefinition suite = SuiteParser.parse(suiteResource, text);
    if (suite.dataset() == null) {
      String problems =
          String.join("; ", suite.problems().stream().map(SuiteProblem::toString).toList());
      throw new IllegalArgumentException(
          "suite %s names no valid dataset%s"
              .formatted(suiteResource, problems.isEmpty() ? "" : ": " + problems));
    }
    return suite.dataset().resolve(path(url, suiteResource).getParent(), null);
  }

  /** A data file on the classpath, with its format implied by its extension. */
  static FileDataset classpathFile(String resource) {
    return Dataset.file(path(resource(resource, "data file"), resource));
  }

  private static URL resource(String name, String what) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    URL url = (loader == null ? SuiteDatasets.class.getClassLoader() : loader).getResource(name);
    if (url == null) {
      throw new IllegalArgumentException(
          "%s %s not found on the classpath (use a resource name such as com/acme/data.csv, without a leading slash)"
              .formatted(what, name));
    }
    return url;
  }

  private static Path path(URL url, String name) {
    if (!"file".equals(url.getProtocol())) {
      throw new IllegalArgumentException(
          "%s is inside %s; regression tests read data files from disk".formatted(name, url));
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("bad resource URL " + url, e);
    }
  }
}
