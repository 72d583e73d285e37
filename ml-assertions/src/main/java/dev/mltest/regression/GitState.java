package dev.mltest.regression;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The git commit of the working tree a run came from.
 *
 * @param commit the commit id, or {@code unknown} when git is unavailable or this is no work tree
 * @param dirty whether there are uncommitted changes; {@code null} if unknown
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record GitState(String commit, @Nullable Boolean dirty) {
  /** The state when git cannot tell. */
  public static final GitState UNKNOWN = new GitState("unknown", null);

  public GitState {
    requireNonNull(commit, "commit");
  }

  @Override
  public String toString() {
    return commit + (dirty == null ? "" : dirty ? " (dirty)" : "");
  }
}
