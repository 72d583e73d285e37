package dev.mltest.engine.regression;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.engine.OutputDirectoryCreator;
import org.junit.platform.engine.TestDescriptor;

/** Writes test outputs below a temporary directory, as EngineTestKit requires one. */
final class TempDirOutput implements OutputDirectoryCreator {
  private final Path root;

  TempDirOutput(Path root) {
    this.root = root;
  }

  @Override
  public Path getRootDirectory() {
    return root;
  }

  @Override
  public Path createOutputDirectory(TestDescriptor descriptor) throws IOException {
    return Files.createDirectories(
        root.resolve(descriptor.getUniqueId().toString().replaceAll("[^A-Za-z0-9._-]", "_")));
  }
}
