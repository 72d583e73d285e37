package dev.mltest.suite;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Where suite files may read datasets from. Suites are untrusted data (they come from pull requests
 * and other teams' repositories), so a dataset or reference path must lie inside one of the allowed
 * roots — the project folder, the data root, or the suite file's own folder — both as written (no
 * {@code ../../etc/passwd}, no absolute {@code /etc/os-release}) and after following symbolic
 * links.
 *
 * @param roots the allowed folders (the suite file's folder is allowed in addition)
 * @param enforced false to allow any path (the policy turned off)
 * @param howToAllow what to tell a user whose file lies outside, e.g. which setting to change
 * @param locations the Hadoop URI prefixes ({@code s3a://lake/curated/}) under which datasets may
 *     be named; none by default, and {@linkplain #unrestricted() unrestricted} local paths do not
 *     widen them
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DataRootPolicy(
    List<Path> roots, boolean enforced, String howToAllow, AllowedLocations locations) {

  public DataRootPolicy {
    roots = roots.stream().map(r -> r.toAbsolutePath().normalize()).distinct().toList();
    requireNonNull(howToAllow, "howToAllow");
    requireNonNull(locations, "locations");
  }

  /** A policy for local paths that allows no URI. */
  public DataRootPolicy(List<Path> roots, boolean enforced, String howToAllow) {
    this(roots, enforced, howToAllow, AllowedLocations.none(AllowedLocations.SETTING));
  }

  /** This policy with these URI prefixes allowed instead of its own. */
  public DataRootPolicy withLocations(AllowedLocations allowed) {
    return new DataRootPolicy(roots, enforced, howToAllow, allowed);
  }

  /** The default: the working directory (the project) and the data root, if any. */
  public static DataRootPolicy standard(@Nullable Path dataRoot) {
    List<Path> roots = new ArrayList<>();
    roots.add(Path.of(""));
    if (dataRoot != null) {
      roots.add(dataRoot);
    }
    return new DataRootPolicy(roots, true, "move the file inside one of them");
  }

  /** No restriction (for trusted suites only). */
  public static DataRootPolicy unrestricted() {
    return new DataRootPolicy(List.of(), false, "");
  }

  /**
   * Why the path may not be read, or empty if it may: checked on the path as written, then on the
   * file it really is (after symbolic links).
   */
  Optional<String> refusal(String written, Path candidate, @Nullable Path suiteDirectory) {
    if (!enforced) {
      return Optional.empty();
    }
    List<Path> allowed = new ArrayList<>(roots);
    if (suiteDirectory != null && !allowed.contains(suiteDirectory.toAbsolutePath().normalize())) {
      allowed.add(suiteDirectory.toAbsolutePath().normalize());
    }
    Path lexical = candidate.toAbsolutePath().normalize();
    if (!inside(lexical, allowed, false)) {
      return Optional.of(outside(written, lexical, allowed));
    }
    try {
      Path real = candidate.toRealPath();
      if (!inside(real, allowed, true)) {
        return Optional.of(outside(written, real, allowed) + " (it is a symbolic link)");
      }
    } catch (IOException e) {
      // Not there (yet): the caller reports a missing file.
    }
    return Optional.empty();
  }

  private static boolean inside(Path path, List<Path> allowed, boolean real) {
    for (Path root : allowed) {
      Path r = root;
      if (real) {
        try {
          r = root.toRealPath();
        } catch (IOException e) {
          continue;
        }
      }
      if (path.startsWith(r)) {
        return true;
      }
    }
    return false;
  }

  private String outside(String written, Path resolved, List<Path> allowed) {
    return ("dataset path '%s' resolves to %s, which is outside the allowed data roots %s;"
            + " suite files may only read datasets inside the project. %s")
        .formatted(written, resolved, allowed, howToAllow);
  }
}
