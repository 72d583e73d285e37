package dev.mltest.regression;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Reads and writes baseline JSON files. Writing is atomic: the new content goes to a temporary file
 * in the same folder, is forced to disk, and then replaces the baseline in one rename, so a crash
 * mid-write leaves either the old file or the new one, never a torn one.
 *
 * <pre>{@code
 * Optional<Baseline> baseline = BaselineStore.readIfExists(path);
 * BaselineStore.write(path, Baseline.of("ChurnTest#logistic()", evaluation, criteria));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BaselineStore {
  private BaselineStore() {}

  /**
   * Reads a baseline file.
   *
   * @throws BaselineFileException if it does not exist, cannot be read, or is not a valid baseline
   */
  public static Baseline read(Path file) {
    return readIfExists(file)
        .orElseThrow(() -> new BaselineFileException(file.toString(), "no baseline file here"));
  }

  /**
   * Reads a baseline file if it exists.
   *
   * @throws BaselineFileException if it exists but cannot be read or is not a valid baseline
   */
  public static Optional<Baseline> readIfExists(Path file) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (CharacterCodingException e) {
      throw new BaselineFileException(file.toString(), "not UTF-8 text");
    } catch (IOException e) {
      throw new BaselineFileException(file.toString(), 0, 0, "cannot read: " + e.getMessage(), e);
    }
    return Optional.of(parse(file.toString(), text));
  }

  /**
   * Parses a baseline's JSON text.
   *
   * @param location the file or resource name used in messages
   * @throws BaselineFileException naming the location, line and column of the first problem
   */
  public static Baseline parse(String location, String text) {
    return BaselineJson.read(location, text);
  }

  /** The JSON text of a baseline, as {@link #write} stores it. */
  public static String toJson(Baseline baseline) {
    return BaselineJson.write(baseline);
  }

  /**
   * Writes a baseline atomically, creating missing folders.
   *
   * @throws BaselineFileException if it cannot be written; the previous file is then untouched
   */
  public static void write(Path file, Baseline baseline) {
    byte[] bytes = toJson(baseline).getBytes(StandardCharsets.UTF_8);
    replace(file, out -> out.write(bytes));
  }

  /** Writes content produced by {@code writer}, replacing {@code file} only once it is complete. */
  static void replace(Path file, ContentWriter writer) {
    Path target = file.toAbsolutePath();
    Path folder = target.getParent();
    Path temporary = null;
    try {
      Files.createDirectories(folder);
      temporary = dev.mltest.report.ReplacementFile.beside(target);
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        writer.write(out);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
    } catch (IOException | RuntimeException e) {
      throw new BaselineFileException(
          file.toString(),
          0,
          0,
          "cannot write the baseline (the previous file is unchanged): " + e.getMessage(),
          e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // The temporary file's name starts with a dot and ends in .tmp; it is safe to delete.
        }
      }
    }
  }

  /** Produces a file's content. */
  interface ContentWriter {
    void write(OutputStream out) throws IOException;
  }
}
