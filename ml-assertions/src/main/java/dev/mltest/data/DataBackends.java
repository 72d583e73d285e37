package dev.mltest.data;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.text.NearestNames;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;

/** Finds data backends by name among the {@link DataBackendProvider}s on the class path. */
@API(status = EXPERIMENTAL, since = "0.2")
public final class DataBackends {

  /** The backend used when nothing else is configured. */
  public static final String DEFAULT = "duckdb";

  private DataBackends() {}

  /**
   * Starts the backend called {@code name}.
   *
   * @param settings the backend's settings, without the {@code mltest.<name>.} prefix
   * @throws DataAccessException if no provider on the class path has that name, or it cannot start
   */
  public static DataBackend open(String name, Map<String, String> settings) {
    SortedMap<String, DataBackendProvider> known = providers();
    DataBackendProvider provider = known.get(name);
    if (provider == null) {
      throw new DataAccessException(unknown(name, known));
    }
    return provider.create(settings);
  }

  /** The names of the backends on the class path, sorted. */
  public static java.util.Set<String> names() {
    return providers().keySet();
  }

  private static String unknown(String name, SortedMap<String, DataBackendProvider> known) {
    String hint = NearestNames.didYouMean(name, known.keySet());
    String spark =
        "spark".equals(name) ? "; add the dev.mltest:ml-test-spark dependency to use Spark" : "";
    return "no data backend named '%s'%s; backends on the class path: %s%s"
        .formatted(name, hint, String.join(", ", known.keySet()), spark);
  }

  private static SortedMap<String, DataBackendProvider> providers() {
    SortedMap<String, DataBackendProvider> found = new TreeMap<>();
    for (DataBackendProvider p :
        ServiceLoader.load(DataBackendProvider.class, DataBackends.class.getClassLoader())) {
      found.putIfAbsent(p.name(), p);
    }
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    if (context != null) {
      for (DataBackendProvider p : ServiceLoader.load(DataBackendProvider.class, context)) {
        found.putIfAbsent(p.name(), p);
      }
    }
    return found;
  }
}
