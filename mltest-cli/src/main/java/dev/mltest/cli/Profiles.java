package dev.mltest.cli;

import dev.mltest.data.BoundTable;
import dev.mltest.data.DataBackend;
import dev.mltest.profile.DatasetProfile;
import dev.mltest.profile.Profiler;
import dev.mltest.report.ProfileHtml;
import dev.mltest.report.ProfileJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Profiles data files and writes their reports; shared by {@code mltest profile} and the Maven
 * plugin's {@code profile} goal.
 *
 * <pre>{@code
 * DatasetProfile profile = Profiles.profile(Path.of("customers.csv"), null);
 * List<Path> written = Profiles.write(profile, Path.of("target/mltest-profile"));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Profiles {
  private Profiles() {}

  /**
   * Profiles one data file.
   *
   * @param format {@code csv}, {@code parquet}, {@code jsonl}, or null to tell from the extension
   * @throws IllegalArgumentException if the file is missing or its format unknown
   * @throws dev.mltest.data.DataAccessException if the data cannot be read (empty, malformed)
   */
  public static DatasetProfile profile(Path data, @Nullable String format) {
    try (DataBackend backend = DataBackend.duckDb();
        BoundTable table = backend.open(DataFiles.resolve(data, format))) {
      return Profiler.profile(table);
    }
  }

  /** Profiles several files, in order. */
  public static List<DatasetProfile> profile(List<Path> data, @Nullable String format) {
    List<DatasetProfile> profiles = new ArrayList<>();
    for (Path file : data) {
      profiles.add(profile(file, format));
    }
    return profiles;
  }

  /**
   * Writes {@code NAME.profile.json} and {@code NAME.profile.html} into a folder.
   *
   * @return the files written
   */
  public static List<Path> write(DatasetProfile profile, Path folder) throws IOException {
    Files.createDirectories(folder);
    String name = profile.dataset();
    int dot = name.indexOf('.');
    String base = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^A-Za-z0-9._-]", "_");
    Path json = folder.resolve(base + ".profile.json");
    Path html = folder.resolve(base + ".profile.html");
    Files.writeString(json, ProfileJson.write(profile));
    Files.writeString(html, ProfileHtml.render(profile));
    return List.of(json, html);
  }
}
