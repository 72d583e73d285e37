package dev.mltest.regression;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Asks {@code git} (as a process, if it is on the path) for the working tree's commit and whether
 * it has uncommitted changes. Asked once per JVM.
 */
final class GitProbe {
  private static final System.Logger LOG = System.getLogger(GitProbe.class.getName());
  private static volatile @Nullable GitState cached;

  private GitProbe() {}

  static GitState current() {
    GitState state = cached;
    if (state == null) {
      state = probe();
      cached = state;
    }
    return state;
  }

  private static GitState probe() {
    Optional<String> commit = run(List.of("git", "rev-parse", "HEAD"));
    if (commit.isEmpty() || commit.get().isBlank()) {
      return GitState.UNKNOWN;
    }
    Optional<String> status = run(List.of("git", "status", "--porcelain", "--untracked-files=no"));
    return new GitState(commit.get().trim(), status.map(s -> !s.isBlank()).orElse(null));
  }

  private static Optional<String> run(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
      process.getOutputStream().close();
      byte[] out;
      try (InputStream in = process.getInputStream()) {
        out = in.readAllBytes();
      }
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroy();
        return Optional.empty();
      }
      return process.exitValue() == 0
          ? Optional.of(new String(out, StandardCharsets.UTF_8))
          : Optional.empty();
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, () -> "git is not available: " + e.getMessage());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
