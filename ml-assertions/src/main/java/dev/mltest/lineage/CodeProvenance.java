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

  /** What git says of the working directory, without the CI's environment; asked once per JVM. */
  private static volatile @Nullable CodeProvenance workingDirectory;

  /** The working directory's code provenance, asked once per JVM. */
  public static CodeProvenance current() {
    return ofWorkingDirectory(System::getenv);
  }

  /**
   * The working directory's code provenance as {@link #probe} tells it, with git asked once per JVM
   * (three processes) however many runs, trainings and reports of the JVM ask: the commit, the
   * dirty flag and the branch as they were when first asked. The environment is read at each call.
   */
  public static CodeProvenance ofWorkingDirectory(UnaryOperator<String> environment) {
    CodeProvenance git = workingDirectory;
    if (git == null) {
      git = askGit(Path.of(""));
      workingDirectory = git;
    }
    return withEnvironment(git, environment);
  }

  /**
   * Asks git in a folder, falling back to the CI's environment: {@code GITHUB_SHA} for the commit
   * when the folder is no work tree (or git is missing), {@code GITHUB_HEAD_REF} then {@code
   * GITHUB_REF_NAME} for the branch before git's own.
   */
  public static CodeProvenance probe(Path directory, UnaryOperator<String> environment) {
    return withEnvironment(askGit(directory), environment);
  }

  private static CodeProvenance askGit(Path directory) {
    String commit =
        GitProbe.run(directory, "rev-parse", "HEAD").filter(c -> !c.isEmpty()).orElse(null);
    Boolean dirty =
        GitProbe.run(directory, "status", "--porcelain", "--untracked-files=no")
            .map(s -> !s.isEmpty())
            .orElse(null);
    String branch =
        GitProbe.run(directory, "rev-parse", "--abbrev-ref", "HEAD")
            .filter(b -> !b.isEmpty() && !b.equals("HEAD"))
            .orElse(null);
    return new CodeProvenance(commit, dirty, branch);
  }

  private static CodeProvenance withEnvironment(
      CodeProvenance git, UnaryOperator<String> environment) {
    String commit = git.commit() != null ? git.commit() : nonBlank(environment.apply("GITHUB_SHA"));
    String branch = nonBlank(environment.apply("GITHUB_HEAD_REF"));
    if (branch == null) {
      branch = nonBlank(environment.apply("GITHUB_REF_NAME"));
    }
    if (branch == null) {
      branch = git.branch();
    }
    return new CodeProvenance(commit, git.dirty(), branch);
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
