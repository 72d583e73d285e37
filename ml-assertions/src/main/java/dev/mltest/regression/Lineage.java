package dev.mltest.regression;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Where a result comes from: the data read, the sample and seed, the trainer's configuration, the
 * git commit and the library versions. A baseline whose data fingerprint, sample definition, seed
 * or trainer configuration differ from the current run's is stale ({@link #changesFrom}); the
 * commit and versions are informative only.
 *
 * @param data each data file read, with its SHA-256
 * @param sample the sample definition
 * @param seed the sampling seed
 * @param trainer the trainer's class and hyper-parameters
 * @param git the working tree's commit
 * @param versions library versions (tribuo, duckdb, mltest, java)
 * @param trainRows rows trained on
 * @param testRows rows evaluated on
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Lineage(
    List<DataFile> data,
    SampleDefinition sample,
    long seed,
    TrainerConfiguration trainer,
    GitState git,
    Map<String, String> versions,
    long trainRows,
    long testRows) {

  public Lineage {
    data = List.copyOf(data);
    requireNonNull(sample, "sample");
    requireNonNull(trainer, "trainer");
    requireNonNull(git, "git");
    versions = Collections.unmodifiableMap(new TreeMap<>(versions));
  }

  /**
   * What makes a baseline produced with {@code old} incomparable with this run: changed data (by
   * content), sample definition, seed or trainer configuration. Empty if comparable.
   */
  public List<String> changesFrom(Lineage old) {
    List<String> changes = new ArrayList<>();
    List<String> oldHashes = old.data.stream().map(DataFile::sha256).toList();
    List<String> newHashes = data.stream().map(DataFile::sha256).toList();
    if (!oldHashes.equals(newHashes)) {
      if (old.data.size() == data.size()) {
        for (int i = 0; i < data.size(); i++) {
          DataFile was = old.data.get(i);
          DataFile now = data.get(i);
          if (!was.sha256().equals(now.sha256())) {
            changes.add(
                "data %s changed (sha256 %s… → %s…)"
                    .formatted(now.fileName(), short12(was.sha256()), short12(now.sha256())));
          }
        }
      } else {
        changes.add(
            "data files %s → %s"
                .formatted(
                    old.data.stream().map(DataFile::fileName).toList(),
                    data.stream().map(DataFile::fileName).toList()));
      }
    }
    changes.addAll(sample.changesFrom(old.sample));
    if (seed != old.seed) {
      changes.add("seed %d → %d".formatted(old.seed, seed));
    }
    changes.addAll(trainer.changesFrom(old.trainer));
    return changes;
  }

  /** Library versions that differ from another lineage's, e.g. {@code tribuo 4.3.1 → 4.3.2}. */
  public List<String> versionChangesFrom(Lineage old) {
    TreeSet<String> keys = new TreeSet<>(versions.keySet());
    keys.addAll(old.versions.keySet());
    List<String> changes = new ArrayList<>();
    for (String key : keys) {
      String was = old.versions.get(key);
      String now = versions.get(key);
      if (!Objects.equals(was, now)) {
        changes.add(
            "%s %s → %s".formatted(key, was == null ? "unset" : was, now == null ? "unset" : now));
      }
    }
    return changes;
  }

  private static String short12(String hash) {
    return hash.length() <= 12 ? hash : hash.substring(0, 12);
  }
}
