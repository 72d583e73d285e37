package dev.mltest.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeProvenanceTest {
  @TempDir Path dir;

  @Test
  void aFolderOutsideAnyRepositoryFallsBackToTheCiEnvironment() {
    assumeTrue(!insideWorkTree(dir), "the temp folder lies inside a git work tree");
    Map<String, String> ci = Map.of("GITHUB_SHA", "feedbeef", "GITHUB_REF_NAME", "release");

    CodeProvenance code = CodeProvenance.probe(dir, ci::get);

    assertThat(code).isEqualTo(new CodeProvenance("feedbeef", null, "release"));
    assertThat(CodeProvenance.probe(dir, name -> null)).isEqualTo(CodeProvenance.UNKNOWN);
  }

  @Test
  void readsCommitDirtyFlagAndBranchOfARepository() throws Exception {
    assumeTrue(git(dir, "init", "-q", "-b", "topic"), "git is not installed");
    Path file = Files.writeString(dir.resolve("data.csv"), "a\n1\n");
    assumeTrue(git(dir, "add", "data.csv"));
    assumeTrue(
        git(dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "m"));

    CodeProvenance clean = CodeProvenance.probe(dir, name -> null);
    Files.writeString(file, "a\n2\n");
    CodeProvenance dirty = CodeProvenance.probe(dir, name -> null);

    assertThat(clean.commit()).hasSize(40);
    assertThat(clean.dirty()).isFalse();
    assertThat(clean.branch()).isEqualTo("topic");
    assertThat(dirty.dirty()).isTrue();
    assertThat(dirty.shortCommit()).isEqualTo(clean.commit().substring(0, 7) + "+dirty");
    assertThat(CodeProvenance.probe(dir, Map.of("GITHUB_HEAD_REF", "pr-branch")::get).branch())
        .isEqualTo("pr-branch");
  }

  @Test
  void theWorkingDirectoryIsProbedOnceAndTheEnvironmentReadAtEachCall() {
    CodeProvenance git = CodeProvenance.ofWorkingDirectory(name -> null);
    CodeProvenance onAPullRequest =
        CodeProvenance.ofWorkingDirectory(Map.of("GITHUB_HEAD_REF", "pr-branch")::get);

    assertThat(git).isEqualTo(CodeProvenance.probe(Path.of(""), name -> null));
    assertThat(onAPullRequest)
        .isEqualTo(new CodeProvenance(git.commit(), git.dirty(), "pr-branch"));
  }

  private static boolean insideWorkTree(Path dir) {
    return git(dir, "rev-parse", "--is-inside-work-tree");
  }

  private static boolean git(Path dir, String... arguments) {
    List<String> command = new java.util.ArrayList<>(List.of("git"));
    command.addAll(List.of(arguments));
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
