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
   * Everything that differs from {@code old}: the evaluation protocol ({@link
   * #protocolChangesFrom}) and the changes a pull request makes to the model ({@link
   * #contextChangesFrom}, without commit and versions). Empty if the runs match.
   */
  public List<String> changesFrom(Lineage old) {
    List<String> changes = new ArrayList<>(dataChangesFrom(old));
    changes.addAll(sample.changesFrom(old.sample));
    if (seed != old.seed) {
      changes.add("seed %d → %d".formatted(old.seed, seed));
    }
    changes.addAll(trainer.changesFrom(old.trainer));
    return changes;
  }

  /**
   * What changed in the evaluation protocol: the label, the sample's fraction or size, its
   * stratification, the test fraction, the sampling algorithm (or row key) and the seed. Metrics
   * measured under another protocol are not comparable. Empty if the protocol is the same.
   */
  public List<String> protocolChangesFrom(Lineage old) {
    List<String> changes = new ArrayList<>(sample.protocolChangesFrom(old.sample));
    if (seed != old.seed) {
      changes.add("seed %d → %d".formatted(old.seed, seed));
    }
    return changes;
  }

  /**
   * What changed in the model and its inputs, reported with every outcome as context and never a
   * reason to skip the comparison: the data files (by content), the feature list, the trainer's
   * configuration (old → new per hyper-parameter), the git commit and the library versions.
   */
  public List<String> contextChangesFrom(Lineage old) {
    List<String> changes = new ArrayList<>(dataChangesFrom(old));
    changes.addAll(sample.featureChangesFrom(old.sample));
    changes.addAll(trainer.changesFrom(old.trainer));
    if (!git.commit().equals(old.git.commit())) {
      changes.add("git commit %s → %s".formatted(short12(old.git.commit()), short12(git.commit())));
    }
    versionChangesFrom(old).forEach(v -> changes.add("version " + v));
    return changes;
  }

  private List<String> dataChangesFrom(Lineage old) {
    List<String> changes = new ArrayList<>();
    List<String> oldHashes = old.data.stream().map(DataFile::sha256).toList();
    List<String> newHashes = data.stream().map(DataFile::sha256).toList();
    if (oldHashes.equals(newHashes)) {
      return changes;
    }
    if (old.data.size() != data.size()) {
      changes.add(
          "data files %s → %s"
              .formatted(
                  old.data.stream().map(DataFile::fileName).toList(),
                  data.stream().map(DataFile::fileName).toList()));
      return changes;
    }
    for (int i = 0; i < data.size(); i++) {
      DataFile was = old.data.get(i);
      DataFile now = data.get(i);
      if (!was.sha256().equals(now.sha256())) {
        changes.add(
            "data %s changed (sha256 %s… → %s…)"
                .formatted(now.fileName(), short12(was.sha256()), short12(now.sha256())));
      }
    }
    return changes;
  }

  /** Whether the data files have the same content as {@code old}'s. */
  public boolean sameDataAs(Lineage old) {
    return dataChangesFrom(old).isEmpty();
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
