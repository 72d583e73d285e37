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
    return new DuckDbBackend(DuckDbSettings.of(settings));
  }
}
