package dev.mltest.report;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Where a run's results come from: the data files with their SHA-256, the commit, and the versions
 * of the libraries that computed them. Two runs with the same lineage judge the same thing.
 *
 * @param gitCommit the commit checked out, if known
 * @param gitDirty whether the working tree had uncommitted changes, if known
 * @param dataFiles the data files read, in the order first used
 * @param versions library and runtime versions by name, e.g. {@code mltest → 0.1.0}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Lineage(
    @Nullable String gitCommit,
    @Nullable Boolean gitDirty,
    List<DataFile> dataFiles,
    Map<String, String> versions) {

  public Lineage {
    dataFiles = List.copyOf(dataFiles);
    versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions));
  }

  /** A copy listing other data files: the ones one test read. */
  public Lineage withDataFiles(List<DataFile> files) {
    return new Lineage(gitCommit, gitDirty, files, versions);
  }

  /** The commit shortened to 7 characters, with {@code +dirty} if the tree had changes. */
  public String shortCommit() {
    if (gitCommit == null) {
      return "unknown";
    }
    String commit = gitCommit.length() > 7 ? gitCommit.substring(0, 7) : gitCommit;
    return Boolean.TRUE.equals(gitDirty) ? commit + "+dirty" : commit;
  }

  /** The version of the MLTest library, or {@code unknown} when it is not packaged. */
  public static String mltestVersion() {
    try (InputStream in = Lineage.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "unknown");
      return version.startsWith("${") ? "unknown" : version;
    } catch (IOException e) {
      return "unknown";
    }
  }

  /**
   * A data file a test read.
   *
   * @param path the path as the test named it (relative to the suite file, or absolute)
   * @param bytes the file's size
   * @param sha256 the SHA-256 of its content, in lower-case hex
   */
  public record DataFile(String path, long bytes, String sha256) {
    public DataFile {
      requireNonNull(path, "path");
      requireNonNull(sha256, "sha256");
    }

    /** The first 12 hex digits: enough to tell files apart in a table. */
    public String shortSha256() {
      return sha256.length() > 12 ? sha256.substring(0, 12) : sha256;
    }
  }
}
