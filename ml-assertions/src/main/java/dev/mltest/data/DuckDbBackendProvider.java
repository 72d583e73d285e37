package dev.mltest.data;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Map;
import org.apiguardian.api.API;

/** Registers the embedded DuckDB backend under the name {@code duckdb}. */
@API(status = INTERNAL, since = "0.2")
public final class DuckDbBackendProvider implements DataBackendProvider {

  @Override
  public String name() {
    return "duckdb";
  }

  @Override
  public DataBackend create(Map<String, String> settings) {
    if (!settings.isEmpty()) {
      throw new DataAccessException(
          "the duckdb backend takes no settings, but got: mltest.duckdb."
              + String.join(", mltest.duckdb.", new java.util.TreeSet<>(settings.keySet())));
    }
    return new DuckDbBackend();
  }
}
