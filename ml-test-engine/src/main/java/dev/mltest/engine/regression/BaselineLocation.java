package dev.mltest.engine.regression;

import dev.mltest.engine.RegressionTest;
import dev.mltest.regression.Baseline;
import dev.mltest.regression.BaselineFileException;
import dev.mltest.regression.BaselineStore;
import dev.mltest.regression.EvaluationRows;
import dev.mltest.regression.EvaluationRowsStore;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Where a regression test's baseline lives: a classpath resource next to the test class, whose
 * source copy (read first, and written on update) is in the first source root that has it, else in
 * the first source root.
 *
 * @param resourceName e.g. {@code com/acme/ChurnTest.logistic.baseline.json}
 * @param sourceFile the file read when it exists and written on update
 * @param classpathCopy the resource on the classpath, if any
 */
record BaselineLocation(String resourceName, Path sourceFile, @Nullable URL classpathCopy) {
  private static final Path DEFAULT_ROOT = Path.of("src", "test", "resources");

  static BaselineLocation of(
      Class<?> testClass, Method method, RegressionTest annotation, List<Path> sourceRoots) {
    String name = annotation.baseline().trim();
    String packagePath = testClass.getPackageName().replace('.', '/');
    String resource;
    if (name.startsWith("/")) {
      resource = name.substring(1);
    } else {
      String file =
          name.isEmpty() ? simpleName(testClass) + "." + method.getName() + ".baseline.json" : name;
      resource = packagePath.isEmpty() ? file : packagePath + "/" + file;
    }
    Path source = null;
    for (Path root : sourceRoots) {
      if (Files.isRegularFile(root.resolve(resource))) {
        source = root.resolve(resource);
        break;
      }
    }
    if (source == null) {
      source = (sourceRoots.isEmpty() ? DEFAULT_ROOT : sourceRoots.get(0)).resolve(resource);
    }
    ClassLoader loader = testClass.getClassLoader();
    URL url = loader == null ? null : loader.getResource(resource);
    return new BaselineLocation(resource, source, url);
  }

  private static String simpleName(Class<?> type) {
    String name = type.getName();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(dot + 1);
  }

  /**
   * The baseline: the source copy if it exists, else the classpath copy, else none.
   *
   * @throws BaselineFileException if the file is unreadable or not a valid baseline
   */
  Optional<Baseline> read() {
    if (Files.exists(sourceFile)) {
      return BaselineStore.readIfExists(sourceFile);
    }
    if (classpathCopy == null) {
      return Optional.empty();
    }
    try (InputStream in = classpathCopy.openStream()) {
      return Optional.of(
          BaselineStore.parse(
              "classpath:" + resourceName, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new BaselineFileException(
          "classpath:" + resourceName, "cannot read: " + e.getMessage());
    }
  }

  /** The names of the metrics in the baseline, if it exists and can be read; else none. */
  List<String> metricNamesIfReadable() {
    try {
      return read().map(b -> List.copyOf(b.metrics().keySet())).orElse(List.of());
    } catch (BaselineFileException e) {
      return List.of();
    }
  }

  /**
   * The baseline's evaluation rows ({@code X.baseline.rows.json.gz} beside it): the source copy if
   * it exists, else the classpath copy, else none.
   *
   * @throws BaselineFileException if the file is not a valid rows file
   */
  Optional<EvaluationRows> readRows() {
    Path rows = EvaluationRowsStore.pathFor(sourceFile);
    if (Files.exists(rows)) {
      return EvaluationRowsStore.readIfExists(rows);
    }
    if (classpathCopy == null || Files.exists(sourceFile)) {
      return Optional.empty();
    }
    String resource = resourceName.replaceFirst("\\.json$", "") + ".rows.json.gz";
    URL url;
    try {
      // Relative to the baseline's URL, so that a baseline inside a jar finds its rows there too.
      url = new URL(classpathCopy, resource.substring(resource.lastIndexOf('/') + 1));
    } catch (IOException e) {
      return Optional.empty();
    }
    try (InputStream in = new GZIPInputStream(url.openStream())) {
      return Optional.of(EvaluationRowsStore.read("classpath:" + resource, in));
    } catch (java.io.FileNotFoundException | java.nio.file.NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      throw new BaselineFileException(
          "classpath:" + resource, "not a valid evaluation-rows file: " + e.getMessage());
    }
  }

  /**
   * The Maven command that updates this one test's baseline, in Surefire's {@code
   * -Dtest='Class#method'} form, so that a sibling method's live regression is never accepted.
   */
  static String updateCommand(String testClassName, Method method) {
    return "mvn test -Dtest='%s#%s' -Dmltest.baseline.update=true"
        .formatted(testClassName.substring(testClassName.lastIndexOf('.') + 1), method.getName());
  }

  /** How to create the missing baseline, for failure messages. */
  String howToCreate(String testClassName, Method method) {
    return ("no baseline file %s (classpath resource %s); review the current values in this"
            + " run's report and create it for this test only with `%s`, then commit the file")
        .formatted(sourceFile, resourceName, updateCommand(testClassName, method));
  }

  /** How to accept a changed evaluation protocol, for failure messages. */
  String howToAccept(String testClassName, Method method) {
    return "review the values and rewrite this test's baseline with `%s`, then commit %s"
        .formatted(updateCommand(testClassName, method), sourceFile);
  }
}
