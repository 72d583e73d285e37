package dev.mltest.engine.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.mltest.data.DataBackends;
import dev.mltest.engine.Constants;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * Which data backend runs the suites ({@code mltest.backend}, default {@code duckdb}) and each
 * backend's own settings: the {@code mltest.<backend>.*} parameters, prefix removed.
 *
 * <pre>{@code
 * mltest.backend=spark
 * mltest.spark.master=local[2]
 * mltest.spark.spark.sql.shuffle.partitions=4
 * }</pre>
 *
 * @param backend the backend of suites that name none
 * @param settings each backend's settings, by backend name
 */
@API(status = INTERNAL, since = "0.2")
public record BackendChoice(String backend, Map<String, Map<String, String>> settings) {

  public BackendChoice {
    settings = Map.copyOf(settings);
  }

  /** DuckDB with no settings. */
  public static BackendChoice duckDb() {
    return new BackendChoice(DataBackends.DEFAULT, Map.of());
  }

  /**
   * Reads the backend's name through the reader: a name no backend on the class path has is a
   * problem naming the key, the value and the known backends, and DuckDB applies.
   */
  public static BackendChoice read(ConfigurationParameters parameters, ConfigurationReader reader) {
    List<String> known = List.copyOf(DataBackends.names());
    String backend = reader.choice(Constants.BACKEND, DataBackends.DEFAULT, known);
    Map<String, Map<String, String>> settings = new TreeMap<>();
    for (String name : known) {
      String prefix = "mltest." + name + ".";
      Map<String, String> own = new TreeMap<>();
      for (String key : parameters.keySet()) {
        if (key.startsWith(prefix) && key.length() > prefix.length()) {
          parameters.get(key).ifPresent(v -> own.put(key.substring(prefix.length()), v.trim()));
        }
      }
      settings.put(name, own);
    }
    return new BackendChoice(backend, settings);
  }

  /** The problems of {@code mltest.backend}, for discovery issues. */
  public static List<String> problems(ConfigurationParameters parameters) {
    ConfigurationReader reader = new ConfigurationReader(parameters);
    read(parameters, reader);
    return reader.problems();
  }

  /** The settings of one backend (empty if none are given). */
  public Map<String, String> settingsOf(String name) {
    return settings.getOrDefault(name, Map.of());
  }
}
