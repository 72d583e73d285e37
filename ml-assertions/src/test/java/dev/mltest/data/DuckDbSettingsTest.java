package dev.mltest.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbSettingsTest {
  @TempDir Path dir;

  @Test
  void sizesAreReadInDecimalAndBinaryUnits() {
    assertThat(DuckDbSettings.parseMemoryLimit("512MB")).isEqualTo(512_000_000L);
    assertThat(DuckDbSettings.parseMemoryLimit("2GiB")).isEqualTo(2L << 30);
    assertThat(DuckDbSettings.parseMemoryLimit(" 1.5gb ")).isEqualTo(1_500_000_000L);
    assertThat(DuckDbSettings.parseMemoryLimit("67108864")).isEqualTo(64L << 20);
  }

  @Test
  void aLimitBelow64MbOrNotASizeIsRefusedWithTheReason() {
    assertThatThrownBy(() -> DuckDbSettings.parseMemoryLimit("32MB"))
        .isInstanceOf(DataAccessException.class)
        .hasMessageStartingWith(
            "mltest.duckdb.memory-limit is '32MB', below the smallest accepted value 64MB");
    assertThatThrownBy(() -> DuckDbSettings.parseMemoryLimit("lots"))
        .hasMessage(
            "mltest.duckdb.memory-limit has the invalid value 'lots'; accepted values: a size such"
                + " as 512MB, 2GB or 1.5GiB (at least 64MB)");
    assertThatThrownBy(
            () -> new DuckDbBackendProvider().create(Map.of("memory-limt", "1GB")).close())
        .hasMessage(
            "the duckdb backend does not know the setting(s) mltest.duckdb.memory-limt; it knows"
                + " mltest.duckdb.memory-limit and mltest.duckdb.temp-directory");
  }

  @Test
  void theDefaultLimitIsHalfOfWhatTheHeapLeavesAndAtLeast256MiB() {
    long limit = DuckDbSettings.defaultMemoryLimit();
    assertThat(limit).isGreaterThanOrEqualTo(256L << 20);
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long left = os.getTotalMemorySize() - Runtime.getRuntime().maxMemory();
    assertThat(limit).isEqualTo(Math.max(256L << 20, left / 2));
  }

  @Test
  void theSettingsReachDuckDb() throws SQLException {
    Path spill = dir.resolve("spill");
    try (DuckDbBackend backend =
        (DuckDbBackend)
            new DuckDbBackendProvider()
                .create(Map.of("memory-limit", "512MiB", "temp-directory", spill.toString()))) {
      assertThat(setting(backend, "memory_limit")).isEqualTo("512.0 MiB");
      assertThat(setting(backend, "temp_directory")).isEqualTo(spill.toString());
    }
    try (DuckDbBackend backend =
        (DuckDbBackend) new DuckDbBackendProvider().create(Map.of("temp-directory", "none"))) {
      assertThat(setting(backend, "temp_directory")).isEmpty();
    }
  }

  @Test
  void theLibraryDefaultSpillsToAFolderOfItsOwnRemovedOnClose() throws Exception {
    Path csv = dir.resolve("numbers.csv");
    StringBuilder text = new StringBuilder("id,x\n");
    for (int i = 0; i < 200_000; i++) {
      text.append(i).append(',').append((i * 7919L) % 100_003).append('\n');
    }
    Files.writeString(csv, text);
    Path folder;
    try (DuckDbBackend backend = (DuckDbBackend) DataBackend.duckDb();
        BoundTable table = backend.open(Dataset.csv(csv))) {
      folder = Path.of(setting(backend, "temp_directory"));
      assertThat(folder.getFileName().toString()).startsWith("mltest-duckdb-");
      assertThat(folder.getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
      // Counting runs after the lockdown: the limits stay and the counts are right.
      NumericCounts counts = table.numericCounts(java.util.List.of("x"));
      assertThat(counts.column("x").rows()).isEqualTo(200_000);
      Files.createDirectories(folder.resolve("leftover"));
    }
    assertThat(folder).doesNotExist();
  }

  private static String setting(DuckDbBackend backend, String name) throws SQLException {
    try (Statement s = backend.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT current_setting('" + name + "')")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
