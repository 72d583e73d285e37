package dev.mltest.maven;

import dev.mltest.cli.Profiles;
import dev.mltest.profile.DatasetProfile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Profiles data files: {@code NAME.profile.json} and {@code NAME.profile.html} per file.
 *
 * <pre>
 * mvn dev.mltest:mltest-maven-plugin:profile -Dmltest.data=data/customers.csv
 * </pre>
 */
@Mojo(name = "profile", requiresProject = false, threadSafe = true)
public final class ProfileMojo extends AbstractMojo {
  /** The data files to profile. */
  @Parameter(property = "mltest.data", required = true)
  List<File> data;

  /** The folder the reports are written to. */
  @Parameter(
      property = "mltest.profile.outputDirectory",
      defaultValue = "${project.build.directory}/mltest-profile")
  File outputDirectory;

  /** {@code csv}, {@code parquet} or {@code jsonl}, when the extension does not tell. */
  @Parameter(property = "mltest.format")
  String format;

  @Override
  public void execute() throws MojoExecutionException {
    for (File file : data) {
      DatasetProfile profile = Goals.call(() -> Profiles.profile(file.toPath(), format));
      try {
        for (Path written : Profiles.write(profile, outputDirectory.toPath())) {
          getLog().info("wrote " + written);
        }
      } catch (IOException e) {
        throw new MojoExecutionException("cannot write the profile: " + e.getMessage(), e);
      }
    }
  }
}
