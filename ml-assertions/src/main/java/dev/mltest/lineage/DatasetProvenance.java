package dev.mltest.lineage;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A data file a run read, identified by its content.
 *
 * @param path the path as reports show it (relative to the suite file or the working directory, or
 *     absolute)
 * @param sha256 the SHA-256 of its bytes, in lower-case hex
 * @param bytes its size
 * @param dvcMd5 the {@code md5} that a DVC pointer file ({@code <file>.dvc}) beside it records, if
 *     there is one: the hash under which DVC's remote stores the file
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DatasetProvenance(String path, String sha256, long bytes, @Nullable String dvcMd5) {
  public DatasetProvenance {
    requireNonNull(path, "path");
    requireNonNull(sha256, "sha256");
  }

  /** A file without a DVC pointer. */
  public DatasetProvenance(String path, String sha256, long bytes) {
    this(path, sha256, bytes, null);
  }

  /** The file name without folders. */
  public String fileName() {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }

  /** The first 12 hex digits: enough to tell files apart in a table. */
  public String shortSha256() {
    return sha256.length() > 12 ? sha256.substring(0, 12) : sha256;
  }
}
