package dev.mltest.regression;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 fingerprints of data files. */
final class FileFingerprints {
  private FileFingerprints() {}

  static DataFile of(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      long bytes = 0;
      int read;
      while ((read = in.read(buffer)) > 0) {
        digest.update(buffer, 0, read);
        bytes += read;
      }
      return new DataFile(display(file), HexFormat.of().formatHex(digest.digest()), bytes);
    } catch (IOException e) {
      throw new RegressionRunException(
          "cannot read data file %s: %s".formatted(file, e.getMessage()), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }

  /** The path relative to the working directory when the file is under it, else absolute. */
  private static String display(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath().normalize();
    Path shown = absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }
}
