package dev.mltest.engine.execution;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.mltest.data.BoundTable;
import dev.mltest.data.DataAccessException;
import dev.mltest.data.DataBackend;
import dev.mltest.data.DataBackends;
import dev.mltest.data.Dataset;
import dev.mltest.engine.config.BackendChoice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The data backends of one engine run: one backend per name, started when a suite first needs it
 * and closed when the run ends. DuckDB is the exception: each suite gets its own embedded database,
 * because DuckDB locks itself down to the files of the datasets it opened before its first query.
 *
 * <pre>{@code
 * try (DataBackend backend = pool.lease(definition.backend())) {  // closing a lease is safe
 *   ...
 * }
 * }</pre>
 */
@API(status = INTERNAL, since = "0.2")
public final class DataBackendPool implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(DataBackendPool.class.getName());

  private final BackendChoice choice;
  private final Map<String, DataBackend> shared = new LinkedHashMap<>();

  public DataBackendPool(BackendChoice choice) {
    this.choice = choice;
  }

  /**
   * The backend called {@code name}, or the run's backend ({@code mltest.backend}) for null. The
   * caller closes what it gets: a shared backend ignores that, a suite's DuckDB closes.
   *
   * @throws DataAccessException if no backend of that name is on the class path or it cannot start
   */
  public DataBackend lease(@Nullable String name) {
    String backend = name == null ? choice.backend() : name;
    if (backend.equals(DataBackends.DEFAULT)) {
      return DataBackends.open(backend, choice.settingsOf(backend));
    }
    synchronized (shared) {
      DataBackend started = shared.get(backend);
      if (started == null) {
        started = DataBackends.open(backend, choice.settingsOf(backend));
        shared.put(backend, started);
      }
      return new Lease(started);
    }
  }

  /** Closes every shared backend; a failure to close one is logged, the others still close. */
  @Override
  public void close() {
    List<DataBackend> started;
    synchronized (shared) {
      started = new ArrayList<>(shared.values());
      shared.clear();
    }
    for (DataBackend backend : started) {
      try {
        backend.close();
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "cannot close a data backend: " + e.getMessage(), e);
      }
    }
  }

  /** A shared backend that its user's try-with-resources leaves open. */
  private record Lease(DataBackend backend) implements DataBackend {
    @Override
    public BoundTable open(Dataset dataset) {
      return backend.open(dataset);
    }

    @Override
    public void close() {}
  }
}
