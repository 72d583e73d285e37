package dev.mltest.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetFingerprintsTest {
  @TempDir Path dir;

  @Test
  void recordsSizeAndSha256() throws Exception {
    Path file = Files.writeString(dir.resolve("train.csv"), "a,b\n1,2\n");

    DatasetProvenance provenance = new DatasetFingerprints().of(file, "data/train.csv");

    assertThat(provenance)
        .isEqualTo(
            new DatasetProvenance(
                "data/train.csv",
                // printf 'a,b\n1,2\n' | sha256sum
                "492d5ea496056f1a6a6592241032fab764c321596317930b4fa0e1e8bc3b7470",
                8));
    assertThat(provenance.dvcMd5()).isNull();
    assertThat(provenance.fileName()).isEqualTo("train.csv");
  }

  @Test
  void readsTheMd5OfADvcPointerBesideTheFile() throws Exception {
    Path file = Files.writeString(dir.resolve("train.csv"), "a,b\n1,2\n");
    Files.writeString(
        dir.resolve("train.csv.dvc"),
        """
        outs:
        - md5: 22a1a2931c8370d3aeedd7183606fd7f
          size: 8
          hash: md5
          path: train.csv
        """,
        StandardCharsets.UTF_8);

    DatasetProvenance provenance = new DatasetFingerprints().of(file, "train.csv");

    assertThat(provenance.dvcMd5()).isEqualTo("22a1a2931c8370d3aeedd7183606fd7f");
  }

  @Test
  void aPointerForAnotherPathOrNotYamlMeansNoDvcHash() throws Exception {
    Path other = Files.writeString(dir.resolve("other.csv"), "x\n");
    Files.writeString(dir.resolve("other.csv.dvc"), "outs:\n- md5: abc\n  path: elsewhere.csv\n");
    Path broken = Files.writeString(dir.resolve("broken.csv"), "x\n");
    Files.writeString(dir.resolve("broken.csv.dvc"), "outs: [unclosed\n");

    DatasetFingerprints fingerprints = new DatasetFingerprints();

    assertThat(fingerprints.of(other, "other.csv").dvcMd5()).isNull();
    assertThat(fingerprints.of(broken, "broken.csv").dvcMd5()).isNull();
  }

  @Test
  void aMissingFileIsAnErrorNamingIt() {
    Path missing = dir.resolve("missing.csv");

    assertThatThrownBy(() -> new DatasetFingerprints().of(missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("missing.csv");
  }

  @Test
  void aFileThatChangedSinceItWasHashedIsHashedAgain() throws Exception {
    Path file = Files.writeString(dir.resolve("train.csv"), "a,b\n1,2\n");
    DatasetFingerprints fingerprints = new DatasetFingerprints();
    DatasetProvenance before = fingerprints.of(file, "train.csv");

    Files.writeString(file, "a,b\n1,2\n3,4\n");
    DatasetProvenance after = fingerprints.of(file, "train.csv");

    assertThat(fingerprints.of(file, "train.csv")).isEqualTo(after);
    assertThat(after.bytes()).isEqualTo(12);
    assertThat(after.sha256()).isNotEqualTo(before.sha256());
  }

  @Test
  void aFileReplacedBySameSizedContentWithAnotherTimeIsHashedAgain() throws Exception {
    Path file = Files.writeString(dir.resolve("train.csv"), "a,b\n1,2\n");
    DatasetFingerprints fingerprints = new DatasetFingerprints();
    DatasetProvenance before = fingerprints.of(file, "train.csv");

    Files.writeString(file, "a,b\n3,4\n");
    Files.setLastModifiedTime(
        file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2_000));

    assertThat(fingerprints.of(file, "train.csv").sha256()).isNotEqualTo(before.sha256());
  }
}
