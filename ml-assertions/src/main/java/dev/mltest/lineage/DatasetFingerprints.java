package dev.mltest.lineage;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The {@link DatasetProvenance} of data files, each hashed once per instance while it stays the
 * same file: many tests read the same file, and a large file should be hashed once per run. A file
 * whose size, modification time or identity (inode) changed since it was hashed is hashed again.
 *
 * <pre>{@code
 * DatasetFingerprints fingerprints = new DatasetFingerprints();
 * DatasetProvenance file = fingerprints.of(Path.of("data/current.csv"), "data/current.csv");
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DatasetFingerprints {
  /**
   * One per JVM: the training of every regression test and the reports of every engine run hash a
   * shared training file once, not once each.
   */
  private static final DatasetFingerprints SHARED = new DatasetFingerprints();

  private final Map<Path, Digest> digests = new ConcurrentHashMap<>();

  /** The fingerprints shared by everything in this JVM that records lineage. */
  public static DatasetFingerprints shared() {
    return SHARED;
  }

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
    Path absolute = file.toAbsolutePath().normalize();
    Stamp stamp = Stamp.of(absolute);
    Digest digest =
        digests.compute(
            absolute,
            (path, old) -> old != null && old.stamp().equals(stamp) ? old : hash(path, stamp));
    return new DatasetProvenance(shownAs, digest.sha256(), digest.bytes(), digest.dvcMd5());
  }

  private static Digest hash(Path file, Stamp stamp) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      long bytes = 0;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        sha.update(buffer, 0, n);
        bytes += n;
      }
      return new Digest(stamp, bytes, HexFormat.of().formatHex(sha.digest()), DvcPointer.md5(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot hash " + file + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** What tells that a file is still the one hashed: its size, modification time and identity. */
  private record Stamp(long size, FileTime modified, @Nullable Object key) {
    static Stamp of(Path file) {
      try {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new Stamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot hash " + file + ": " + e.getMessage(), e);
      }
    }
  }

  private record Digest(Stamp stamp, long bytes, String sha256, @Nullable String dvcMd5) {}
}
