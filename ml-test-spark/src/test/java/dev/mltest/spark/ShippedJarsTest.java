package dev.mltest.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mltest.data.DataAccessException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * What a session started on a cluster ships to its executors: MLTest's Spark classes, RE2J and
 * Lucene's automata, after the user's own {@code spark.jars}, as jar files even when the classes
 * come from a folder; and which masters need it ({@code StandaloneClusterTest} shows that it
 * works).
 */
class ShippedJarsTest {
  @Test
  void theUsersJarsComeFirstAndMltestsRe2jAndLuceneAreAppendedOnce() {
    Map<String, String> conf =
        ShippedJars.addedTo(
            Map.of("spark.jars", "file:/opt/mine.jar, file:/opt/other.jar", "spark.x", "1"));
    List<String> jars = List.of(conf.get("spark.jars").split(","));
    assertThat(jars).startsWith("file:/opt/mine.jar", "file:/opt/other.jar").hasSize(5);
    assertThat(jars.get(3)).contains("re2j");
    assertThat(jars.get(4)).contains("lucene-core");
    assertThat(conf).containsEntry("spark.x", "1");
    assertThat(ShippedJars.addedTo(conf).get("spark.jars")).isEqualTo(conf.get("spark.jars"));
  }

  @Test
  void everyShippedLocationIsAJarFileHoldingTheClassesExecutorsLoad() throws IOException {
    List<String> locations = ShippedJars.locations();
    assertThat(locations).hasSize(3).allMatch(l -> l.startsWith("file:") && l.endsWith(".jar"));
    try (JarFile mltest = new JarFile(Path.of(URI.create(locations.get(0))).toFile());
        JarFile re2j = new JarFile(Path.of(URI.create(locations.get(1))).toFile());
        JarFile lucene = new JarFile(Path.of(URI.create(locations.get(2))).toFile())) {
      assertThat(Collections.list(mltest.entries()))
          .extracting(ZipEntry::getName)
          .contains(
              "dev/mltest/spark/Re2Functions.class",
              "dev/mltest/spark/RowNumbers.class",
              "dev/mltest/spark/StrptimePattern.class");
      assertThat(re2j.getEntry("com/google/re2j/Pattern.class")).isNotNull();
      assertThat(lucene.getEntry("org/apache/lucene/util/automaton/Automaton.class")).isNotNull();
    }
    // Packed once per JVM.
    assertThat(ShippedJars.locations()).isEqualTo(locations);
    assertThat(Files.isRegularFile(Path.of(URI.create(locations.get(0))))).isTrue();
  }

  @Test
  void onlyLocalMastersRunTasksInTheDriversJvm() {
    assertThat(master("local").localMaster()).isTrue();
    assertThat(master("local[2]").localMaster()).isTrue();
    assertThat(master("local[*, 3]").localMaster()).isTrue();
    assertThat(master("local-cluster[2, 1, 1024]").localMaster()).isFalse();
    assertThat(master("spark://127.0.0.1:7077").localMaster()).isFalse();
    assertThat(master("yarn").localMaster()).isFalse();
    assertThat(SparkSettings.parse(Map.of()).shipJars()).isTrue();
    assertThat(SparkSettings.parse(Map.of("ship-jars", " FALSE ")).shipJars()).isFalse();
  }

  @Test
  void aShipJarsValueThatIsNotABooleanNamesTheKeyAndTheValue() {
    assertThatThrownBy(() -> SparkSettings.parse(Map.of("ship-jars", "yes")))
        .isInstanceOf(DataAccessException.class)
        .hasMessage("'mltest.spark.ship-jars' must be true or false, found 'yes'");
    assertThatThrownBy(() -> SparkSettings.parse(Map.of("ship-jar", "true")))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("mltest.spark.ship-jars");
  }

  private static SparkSettings master(String master) {
    return SparkSettings.parse(Map.of("master", master));
  }
}
