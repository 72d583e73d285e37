package dev.mltest.spark;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.DataBackend;
import dev.mltest.data.DataBackendProvider;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Registers the {@code spark} backend with {@link dev.mltest.data.DataBackends}.
 *
 * <pre>{@code
 * try (DataBackend spark = DataBackends.open("spark", Map.of("master", "local[2]"))) {
 *   ...
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class SparkBackendProvider implements DataBackendProvider {

  /** The backend's name: {@code mltest.backend=spark}, or {@code backend: spark} in a suite. */
  public static final String NAME = "spark";

  /** Creates the provider (called by {@link java.util.ServiceLoader}). */
  public SparkBackendProvider() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public DataBackend create(Map<String, String> settings) {
    return SparkBackend.start(SparkSettings.parse(settings));
  }
}
