package dev.mltest.suite;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The Hadoop URI prefixes under which suite files may name datasets ({@code s3a://lake/curated/}),
 * given by the run's configuration and never by a suite file. Suite files are untrusted, so none is
 * allowed unless the run lists it; a URI and a prefix are compared in their {@linkplain
 * HadoopLocation canonical} form, segment by segment.
 *
 * <pre>{@code
 * AllowedLocations allowed = AllowedLocations.parse("s3a://lake/curated/, hdfs://nn/warehouse/", key);
 * allowed.check("s3a://lake/curated/events/"); // s3a://lake/curated/events/
 * allowed.check("s3a://lake/raw/x.csv");       // IllegalArgumentException naming the prefixes and the key
 * }</pre>
 *
 * @param prefixes the allowed prefixes
 * @param key the configuration parameter that lists them, named in refusals
 * @param problems the entries of the parameter that are no valid prefix, one sentence each
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record AllowedLocations(List<HadoopLocation> prefixes, String key, List<String> problems) {

  /** The configuration parameter the engine reads them from: {@value}. */
  public static final String SETTING = "mltest.spark.allowed-locations";

  public AllowedLocations {
    prefixes = List.copyOf(prefixes);
    requireNonNull(key, "key");
    problems = List.copyOf(problems);
  }

  /** No URI allowed: the default. */
  public static AllowedLocations none(String key) {
    return new AllowedLocations(List.of(), key, List.of());
  }

  /**
   * Reads a comma-separated list of URI prefixes; an entry that is not a valid URI is left out and
   * becomes one of {@link #problems}.
   */
  public static AllowedLocations parse(String value, String key) {
    List<HadoopLocation> prefixes = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String entry : value.split(",")) {
      String e = entry.strip();
      if (e.isEmpty()) {
        continue;
      }
      try {
        prefixes.add(HadoopLocation.parse(e));
      } catch (IllegalArgumentException ex) {
        problems.add(
            "configuration parameter %s has the invalid entry '%s' (left out): %s; accepted values: comma-separated URI prefixes such as s3a://bucket/folder/"
                .formatted(key, e, ex.getMessage()));
      }
    }
    return new AllowedLocations(prefixes, key, problems);
  }

  /**
   * The URI a suite file names, in canonical form, if it lies under an allowed prefix (for {@code
   * file:} URIs, also after following symbolic links).
   *
   * @param written the URI as written in the suite file
   * @throws IllegalArgumentException saying why the URI is refused and which parameter allows it
   */
  public HadoopLocation check(String written) {
    HadoopLocation location = HadoopLocation.parse(written);
    if (prefixes.isEmpty()) {
      throw new IllegalArgumentException(
          ("dataset URI '%s' is not allowed: suite files may name URIs only under the prefixes the"
                  + " run allows, and %s is not set; to allow it, set %s=%s (comma-separated"
                  + " prefixes, e.g. in junit-platform.properties)")
              .formatted(written, key, key, parent(location)));
    }
    for (HadoopLocation prefix : prefixes) {
      if (location.isUnder(prefix) && followsNoLinkOut(location, prefix)) {
        return location;
      }
    }
    throw new IllegalArgumentException(
        ("dataset URI '%s' (%s) is outside the allowed locations %s; suite files may name URIs"
                + " only under them. Add its prefix to %s to allow it")
            .formatted(written, location, prefixes, key));
  }

  /**
   * A local file reached through a {@code file:} URI must stay inside the prefix as it really is.
   */
  private static boolean followsNoLinkOut(HadoopLocation location, HadoopLocation prefix) {
    if (!location.scheme().equals("file")) {
      return true;
    }
    try {
      Path real = Path.of(location.path()).toRealPath();
      return real.startsWith(Path.of(prefix.path()).toRealPath());
    } catch (IOException e) {
      // Not there: Spark reports the missing path.
      return true;
    }
  }

  private static String parent(HadoopLocation location) {
    List<String> segments = location.segments();
    List<String> folder =
        location.directory() || segments.isEmpty()
            ? segments
            : segments.subList(0, segments.size() - 1);
    return new HadoopLocation(location.scheme(), location.authority(), folder, true).toString();
  }
}
