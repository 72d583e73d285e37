package dev.mltest.lineage;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The {@link DatasetProvenance} of data files, each hashed once per instance: many tests read the
 * same file, and a large file should be hashed once per run.
 *
 * <pre>{@code
 * DatasetFingerprints fingerprints = new DatasetFingerprints();
 * DatasetProvenance file = fingerprints.of(Path.of("data/current.csv"), "data/current.csv");
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DatasetFingerprints {
  private final Map<Path, Digest> digests = new ConcurrentHashMap<>();

  /**
   * The provenance of a file, shown as its path relative to the working directory when it lies
   * below it, else absolute.
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public DatasetProvenance of(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath().normalize();
    Path shown = absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
    return of(file, shown.toString().replace('\\', '/'));
  }

  /**
   * The provenance of a file.
   *
   * @param file the file to hash
   * @param shownAs the path as reports show it
   * @throws UncheckedIOException if the file cannot be read
   */
  public DatasetProvenance of(Path file, String shownAs) {
    Digest digest =
        digests.computeIfAbsent(file.toAbsolutePath().normalize(), DatasetFingerprints::hash);
    return new DatasetProvenance(shownAs, digest.sha256(), digest.bytes(), digest.dvcMd5());
  }

  private static Digest hash(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      long bytes = 0;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        sha.update(buffer, 0, n);
        bytes += n;
      }
      return new Digest(bytes, HexFormat.of().formatHex(sha.digest()), DvcPointer.md5(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot hash " + file + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  private record Digest(long bytes, String sha256, @Nullable String dvcMd5) {}
}
