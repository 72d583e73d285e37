package dev.mltest.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goals run as Maven runs them once configured: fields set, {@code execute()} called; failed
 * data fails the build, broken input is a build error with the suite's message.
 */
class GoalsTest {
  @TempDir Path dir;

  private Path batch(String name, long seed, String plan) throws IOException {
    Random random = new Random(seed);
    StringBuilder csv = new StringBuilder("id,plan,spend\n");
    for (int i = 0; i < 600; i++) {
      String p = i == 7 ? plan : new String[] {"basic", "plus", "pro"}[random.nextInt(3)];
      csv.append(
          String.format(
              Locale.ROOT, "%d,%s,%.2f%n", seed * 10_000 + i, p, 40 + 9 * random.nextGaussian()));
    }
    return Files.writeString(dir.resolve(name), csv);
  }

  @Test
  void profileSuggestAndValidate() throws Exception {
    Path jan = batch("jan.csv", 1, "basic");
    Path feb = batch("feb.csv", 2, "plus");

    ProfileMojo profile = new ProfileMojo();
    profile.data = List.of(jan.toFile());
    profile.outputDirectory = dir.resolve("profile").toFile();
    profile.execute();
    assertThat(dir.resolve("profile/jan.profile.html")).exists();
    assertThat(dir.resolve("profile/jan.profile.json")).exists();

    SuggestMojo suggest = new SuggestMojo();
    suggest.data = jan.toFile();
    suggest.references = List.of(feb.toFile());
    suggest.suite = dir.resolve("suites/plans.mltest.yaml").toFile();
    suggest.rules = "full";
    suggest.drift = true;
    suggest.execute();
    assertThat(Files.readString(suggest.suite.toPath())).contains("dataset: \"../jan.csv\"");

    ValidateMojo validate = validate(suggest.suite);
    validate.execute();
    assertThat(dir.resolve("report/summary.md")).exists();

    ValidateMojo confined = validate(suggest.suite);
    confined.allowedRoots = List.of();
    assertThatThrownBy(confined::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("broken");

    Files.writeString(jan, Files.readString(batch("mar.csv", 3, "PLUS")));
    assertThatThrownBy(() -> validate(suggest.suite).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("the data failed checks");
    ValidateMojo lenient = validate(suggest.suite);
    lenient.failOnDataFailure = false;
    lenient.execute();
  }

  @Test
  void brokenInputIsABuildErrorWithTheSuiteMessage() {
    SuggestMojo suggest = new SuggestMojo();
    suggest.data = dir.resolve("missing.csv").toFile();
    suggest.suite = dir.resolve("s.mltest.yaml").toFile();
    suggest.rules = "full";
    assertThatThrownBy(suggest::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("not found");

    ValidateMojo validate = validate(dir.resolve("nothing.mltest.yaml").toFile());
    assertThatThrownBy(validate::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("broken");
  }

  @Test
  void driftFailsTheBuildOnDrift() throws Exception {
    Path reference = batch("ref.csv", 1, "basic");
    Path same = batch("same.csv", 2, "basic");
    DriftMojo drift = new DriftMojo();
    drift.reference = reference.toFile();
    drift.current = same.toFile();
    drift.exclude = new ArrayList<>(List.of("id"));
    // An effect size: two samples of one population are not told apart by sampling noise.
    drift.method = "jensenshannon";
    drift.reportDirectory = dir.resolve("drift").toFile();
    drift.failOnDataFailure = true;
    drift.execute();
    assertThat(dir.resolve("drift/summary.md")).exists();

    String shifted =
        Files.readString(same)
            .lines()
            .map(l -> l.replace(",pro,", ",basic,").replace(",plus,", ",basic,"))
            .reduce("", (a, b) -> a + b + "\n");
    drift.current = Files.writeString(dir.resolve("shifted.csv"), shifted).toFile();
    assertThatThrownBy(drift::execute).isInstanceOf(MojoFailureException.class);
  }

  private ValidateMojo validate(File suite) {
    ValidateMojo validate = new ValidateMojo();
    validate.suites = List.of(suite);
    validate.reportDirectory = dir.resolve("report").toFile();
    validate.failOnDataFailure = true;
    // The batches sit beside the suite's folder, outside the working directory: allowed by name.
    validate.allowedRoots = List.of(dir.toFile());
    return validate;
  }
}
