package dev.mltest.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbMetricsRepositoryTest extends RepositoryContract {
  @TempDir Path directory;

  @Override
  MetricsRepository repository() {
    return MetricsRepository.duckDb(directory.resolve("metrics"));
  }

  @Test
  void isOneFileInTheChosenFolderThatSurvivesReopening() {
    try (MetricsRepository first = repository()) {
      first.append(List.of(point("r1", 1, "rowCount", 7, "b")));
    }
    assertThat(directory.resolve("metrics").resolve(MetricsRepository.DUCKDB_FILE)).isRegularFile();
    try (MetricsRepository second = repository()) {
      assertThat(second.read(MetricQuery.all())).hasSize(1);
    }
  }

  @Test
  void aFileThatIsNotADatabaseIsAClearError() throws Exception {
    Path folder = Files.createDirectories(directory.resolve("broken"));
    Files.writeString(folder.resolve(MetricsRepository.DUCKDB_FILE), "not a database");
    MetricsRepository repository = MetricsRepository.duckDb(folder);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> repository.read(MetricQuery.all()))
        .isInstanceOf(MetricsRepositoryException.class)
        .hasMessageContaining("cannot read the metrics repository")
        .hasMessageContaining(MetricsRepository.DUCKDB_FILE);
  }
}
