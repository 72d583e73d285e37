package dev.mltest.regression;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A data file a run read, identified by its content.
 *
 * @param path the path as given (relative to the working directory when under it)
 * @param sha256 the SHA-256 of its bytes, in lower-case hex
 * @param bytes its size
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DataFile(String path, String sha256, long bytes) {
  public DataFile {
    requireNonNull(path, "path");
    requireNonNull(sha256, "sha256");
  }

  /** The file name without folders. */
  public String fileName() {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }
}
