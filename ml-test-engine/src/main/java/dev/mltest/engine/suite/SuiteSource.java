package dev.mltest.engine.suite;

import dev.mltest.data.TextEncoding;
import dev.mltest.suite.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.CompositeTestSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

/**
 * Where a suite file comes from: a classpath resource (the usual case) or a file selected by path.
 */
sealed interface SuiteSource {

  /** The unique-id segment type of the suite. */
  String segmentType();

  /** The unique-id segment value: the resource name or the absolute file path. */
  String segmentValue();

  /** A short name for messages: the resource name or the file path. */
  String location();

  /** The file's text. */
  String read();

  /** The folder holding the file, if it is a file on disk. */
  Optional<Path> directory();

  /** The test source for a position in the file, navigable in IDEs where possible. */
  TestSource testSource(@Nullable SourcePosition position, List<Path> sourceRoots);

  /** A suite found as a classpath resource. */
  record Classpath(String resourceName, URI uri) implements SuiteSource {
    public static final String SEGMENT = "suite";

    @Override
    public String segmentType() {
      return SEGMENT;
    }

    @Override
    public String segmentValue() {
      return resourceName;
    }

    @Override
    public String location() {
      return resourceName;
    }

    @Override
    public String read() {
      try (InputStream in = uri.toURL().openStream()) {
        return TextEncoding.decodeUtf8(in.readAllBytes(), "suite " + resourceName);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot read suite " + resourceName + ": " + e.getMessage(), e);
      }
    }

    @Override
    public Optional<Path> directory() {
      return "file".equals(uri.getScheme())
          ? Optional.ofNullable(Path.of(uri).getParent())
          : Optional.empty();
    }

    @Override
    public TestSource testSource(@Nullable SourcePosition position, List<Path> sourceRoots) {
      FilePosition at =
          position == null ? null : FilePosition.from(position.line(), position.column());
      ClasspathResourceSource classpath = ClasspathResourceSource.from(resourceName, at);
      // IntelliJ navigates FileSources only: point at the source copy when one exists.
      for (Path root : sourceRoots) {
        Path candidate = root.resolve(resourceName);
        if (Files.isRegularFile(candidate)) {
          return CompositeTestSource.from(
              List.of(FileSource.from(candidate.toAbsolutePath().toFile(), at), classpath));
        }
      }
      return classpath;
    }
  }

  /** A suite selected as a file. */
  record File(Path path) implements SuiteSource {
    public static final String SEGMENT = "suite-file";

    @Override
    public String segmentType() {
      return SEGMENT;
    }

    @Override
    public String segmentValue() {
      return path.toAbsolutePath().normalize().toString();
    }

    @Override
    public String location() {
      return path.toString();
    }

    @Override
    public String read() {
      try {
        return TextEncoding.decodeUtf8(Files.readAllBytes(path), "suite " + path);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read suite " + path + ": " + e.getMessage(), e);
      }
    }

    @Override
    public Optional<Path> directory() {
      return Optional.ofNullable(path.toAbsolutePath().getParent());
    }

    @Override
    public TestSource testSource(@Nullable SourcePosition position, List<Path> sourceRoots) {
      FilePosition at =
          position == null ? null : FilePosition.from(position.line(), position.column());
      return FileSource.from(path.toAbsolutePath().toFile(), at);
    }
  }
}
