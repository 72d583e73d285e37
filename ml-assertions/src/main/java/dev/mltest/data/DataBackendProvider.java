package dev.mltest.data;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * Makes a {@link DataBackend} of one kind, found through {@link java.util.ServiceLoader}. The
 * library registers {@code duckdb}; a module such as {@code ml-test-spark} registers its own in
 * {@code META-INF/services/dev.mltest.data.DataBackendProvider}.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public interface DataBackendProvider {

  /** The name users select the backend by ({@code mltest.backend}, a suite's {@code backend:}). */
  String name();

  /**
   * Starts a backend.
   *
   * @param settings the backend's own settings, with the {@code mltest.<name>.} prefix removed (for
   *     example {@code memory-limit} for {@code mltest.duckdb.memory-limit})
   * @throws DataAccessException if the backend cannot start or a setting is not accepted
   */
  DataBackend create(Map<String, String> settings);
}
