package dev.mltest.lineage;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The code a run came from: the commit checked out, whether the working tree had uncommitted
 * changes, and the branch.
 *
 * @param commit the commit id; null when neither git nor {@code GITHUB_SHA} can tell
 * @param dirty whether tracked files had uncommitted changes; null if unknown
 * @param branch the branch ({@code GITHUB_HEAD_REF}, {@code GITHUB_REF_NAME}, else git's); null if
 *     unknown or detached
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CodeProvenance(
    @Nullable String commit, @Nullable Boolean dirty, @Nullable String branch) {
  /** The provenance when nothing can tell. */
  public static final CodeProvenance UNKNOWN = new CodeProvenance(null, null, null);

  private static volatile @Nullable CodeProvenance current;

  /** The working directory's code provenance, asked once per JVM. */
  public static CodeProvenance current() {
    CodeProvenance known = current;
    if (known == null) {
      known = probe(Path.of(""), System::getenv);
      current = known;
    }
    return known;
  }

  /**
   * Asks git in a folder, falling back to the CI's environment: {@code GITHUB_SHA} for the commit
   * when the folder is no work tree (or git is missing), {@code GITHUB_HEAD_REF} then {@code
   * GITHUB_REF_NAME} for the branch before git's own.
   */
  public static CodeProvenance probe(Path directory, UnaryOperator<String> environment) {
    String commit =
        GitProbe.run(directory, "rev-parse", "HEAD")
            .filter(c -> !c.isEmpty())
            .orElse(nonBlank(environment.apply("GITHUB_SHA")));
    Boolean dirty =
        GitProbe.run(directory, "status", "--porcelain", "--untracked-files=no")
            .map(s -> !s.isEmpty())
            .orElse(null);
    String branch = nonBlank(environment.apply("GITHUB_HEAD_REF"));
    if (branch == null) {
      branch = nonBlank(environment.apply("GITHUB_REF_NAME"));
    }
    if (branch == null) {
      branch =
          GitProbe.run(directory, "rev-parse", "--abbrev-ref", "HEAD")
              .filter(b -> !b.isEmpty() && !b.equals("HEAD"))
              .orElse(null);
    }
    return new CodeProvenance(commit, dirty, branch);
  }

  /** The commit shortened to 7 characters, with {@code +dirty} if the tree had changes. */
  public String shortCommit() {
    if (commit == null) {
      return "unknown";
    }
    String shortened = commit.length() > 7 ? commit.substring(0, 7) : commit;
    return Boolean.TRUE.equals(dirty) ? shortened + "+dirty" : shortened;
  }

  @Override
  public String toString() {
    return (commit == null ? "unknown" : commit) + (dirty == null ? "" : dirty ? " (dirty)" : "");
  }

  private static @Nullable String nonBlank(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
