package dev.mltest.spark;

import dev.mltest.data.DataAccessException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The code that executors in other JVMs need to run what MLTest registers on a session: the
 * functions of {@link Re2Functions} and the row numbering of {@link RowNumbers} (this module's
 * classes), RE2J and Lucene's automata. Executors deserialise those functions by class name, so on
 * a cluster these classes must reach them; Spark ships the files named in {@code spark.jars} from
 * the driver to every executor. Nothing from {@code ml-assertions} runs on executors: the measures
 * are SQL.
 *
 * <p>A class loaded from a folder (an IDE's or Maven reactor's {@code target/classes}) is packed
 * into a temporary jar first, since Spark ships files, not folders.
 */
final class ShippedJars {
  static final String SPARK_JARS = "spark.jars";

  /** The classes whose code locations executors need. */
  private static final List<Class<?>> NEEDED =
      List.of(
          Re2Functions.class,
          com.google.re2j.Pattern.class,
          org.apache.lucene.util.automaton.Automaton.class);

  /** A folder's packed jar, once per JVM. */
  private static final Map<Path, Path> PACKED = new HashMap<>();

  private ShippedJars() {}

  /**
   * The configuration with MLTest's jars appended to {@code spark.jars} (the configuration's own
   * value, else the JVM's {@code spark.jars} system property, which the session would read).
   */
  static Map<String, String> addedTo(Map<String, String> conf) {
    Set<String> jars = new LinkedHashSet<>();
    String given = conf.get(SPARK_JARS);
    if (given == null) {
      given = System.getProperty(SPARK_JARS, "");
    }
    for (String jar : given.split(",", -1)) {
      if (!jar.isBlank()) {
        jars.add(jar.strip());
      }
    }
    jars.addAll(locations());
    Map<String, String> out = new TreeMap<>(conf);
    out.put(SPARK_JARS, String.join(",", jars));
    return out;
  }

  /** The jar files holding the classes executors need, as {@code file:} URIs. */
  static List<String> locations() {
    List<String> out = new ArrayList<>();
    for (Class<?> c : NEEDED) {
      String uri = jarOf(c).toUri().toString();
      if (!out.contains(uri)) {
        out.add(uri);
      }
    }
    return out;
  }

  private static Path jarOf(Class<?> c) {
    CodeSource source = c.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      throw new DataAccessException(
          "cannot tell which jar holds %s to ship it to Spark's executors; add that jar to mltest.spark.spark.jars and set mltest.spark.ship-jars=false"
              .formatted(c.getName()));
    }
    try {
      Path location = Path.of(source.getLocation().toURI());
      return Files.isDirectory(location) ? packed(location) : location;
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new DataAccessException(
          "cannot ship %s to Spark's executors: its location %s is not a local file; add its jar to mltest.spark.spark.jars and set mltest.spark.ship-jars=false"
              .formatted(c.getName(), source.getLocation()),
          e);
    }
  }

  private static synchronized Path packed(Path folder) {
    Path jar = PACKED.get(folder);
    if (jar != null && Files.isRegularFile(jar)) {
      return jar;
    }
    try {
      jar = Files.createTempFile("mltest-classes-", ".jar");
      jar.toFile().deleteOnExit();
      Manifest manifest = new Manifest();
      manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
      try (OutputStream file = Files.newOutputStream(jar);
          JarOutputStream out = new JarOutputStream(file, manifest);
          Stream<Path> files = Files.walk(folder)) {
        for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
          String name = folder.relativize(f).toString().replace('\\', '/');
          if (name.equals("META-INF/MANIFEST.MF")) {
            continue;
          }
          out.putNextEntry(new JarEntry(name));
          Files.copy(f, out);
          out.closeEntry();
        }
      }
      PACKED.put(folder, jar);
      return jar;
    } catch (IOException | UncheckedIOException e) {
      throw new DataAccessException(
          "cannot pack the classes in %s into a jar for Spark's executors: %s"
              .formatted(folder, e.getMessage()),
          e);
    }
  }
}
