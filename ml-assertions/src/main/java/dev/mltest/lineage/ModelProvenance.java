package dev.mltest.lineage;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Where a trained model's metrics come from: the run (code, versions, data files), the sample and
 * seed, and the trainer's configuration. A baseline whose data fingerprint, sample definition, seed
 * or trainer configuration differ from the current run's is stale ({@link #changesFrom}); the
 * commit and versions are informative only.
 *
 * @param run the code, environment and data files
 * @param sample the sample definition
 * @param seed the sampling seed
 * @param trainer the trainer's class and hyper-parameters
 * @param trainRows rows trained on
 * @param testRows rows evaluated on
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ModelProvenance(
    RunProvenance run,
    SampleDefinition sample,
    long seed,
    TrainerConfiguration trainer,
    long trainRows,
    long testRows) {

  public ModelProvenance {
    requireNonNull(run, "run");
    requireNonNull(sample, "sample");
    requireNonNull(trainer, "trainer");
  }

  /** The data files read, each with its SHA-256. */
  public List<DatasetProvenance> data() {
    return run.datasets();
  }

  /**
   * Everything that differs from {@code old}: the evaluation protocol ({@link
   * #protocolChangesFrom}) and the changes a pull request makes to the model ({@link
   * #contextChangesFrom}, without commit and versions). Empty if the runs match.
   */
  public List<String> changesFrom(ModelProvenance old) {
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
  public List<String> protocolChangesFrom(ModelProvenance old) {
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
  public List<String> contextChangesFrom(ModelProvenance old) {
    List<String> changes = new ArrayList<>(dataChangesFrom(old));
    changes.addAll(sample.featureChangesFrom(old.sample));
    changes.addAll(trainer.changesFrom(old.trainer));
    String commit = run.code().commit();
    String oldCommit = old.run.code().commit();
    if (!Objects.equals(commit, oldCommit)) {
      changes.add("git commit %s → %s".formatted(short12(oldCommit), short12(commit)));
    }
    versionChangesFrom(old).forEach(v -> changes.add("version " + v));
    return changes;
  }

  /** Whether the data files have the same content as {@code old}'s. */
  public boolean sameDataAs(ModelProvenance old) {
    return dataChangesFrom(old).isEmpty();
  }

  /** Library versions that differ from another provenance's, e.g. {@code tribuo 4.3.1 → 4.3.2}. */
  public List<String> versionChangesFrom(ModelProvenance old) {
    return run.environment().changesFrom(old.run.environment());
  }

  private List<String> dataChangesFrom(ModelProvenance old) {
    List<String> changes = new ArrayList<>();
    List<DatasetProvenance> was = old.data();
    List<DatasetProvenance> now = data();
    if (was.stream()
        .map(DatasetProvenance::sha256)
        .toList()
        .equals(now.stream().map(DatasetProvenance::sha256).toList())) {
      return changes;
    }
    if (was.size() != now.size()) {
      changes.add(
          "data files %s → %s"
              .formatted(
                  was.stream().map(DatasetProvenance::fileName).toList(),
                  now.stream().map(DatasetProvenance::fileName).toList()));
      return changes;
    }
    for (int i = 0; i < now.size(); i++) {
      if (!was.get(i).sha256().equals(now.get(i).sha256())) {
        changes.add(
            "data %s changed (sha256 %s… → %s…)"
                .formatted(
                    now.get(i).fileName(),
                    short12(was.get(i).sha256()),
                    short12(now.get(i).sha256())));
      }
    }
    return changes;
  }

  private static String short12(@Nullable String hash) {
    if (hash == null) {
      return "unknown";
    }
    return hash.length() <= 12 ? hash : hash.substring(0, 12);
  }
}
