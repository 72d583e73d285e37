package dev.mltest.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.engine.OutputDirectoryCreator;
import org.junit.platform.engine.TestDescriptor;

/** Test outputs below a temporary directory, as EngineTestKit requires one. */
final class TempOutput implements OutputDirectoryCreator {
  private final Path root;

  TempOutput(Path root) {
    this.root = root;
  }

  @Override
  public Path getRootDirectory() {
    return root;
  }

  @Override
  public Path createOutputDirectory(TestDescriptor descriptor) throws IOException {
    return Files.createDirectories(
        root.resolve(Integer.toHexString(descriptor.getUniqueId().hashCode())));
  }
}
