package dev.mltest.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mltest.data.Dataset;
import dev.mltest.data.FileFormat;
import dev.mltest.data.HadoopDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AllowedLocationsTest {
  private static final String KEY = AllowedLocations.SETTING;
  private final AllowedLocations allowed =
      AllowedLocations.parse(
          "s3a://lake/curated/, hdfs://nn:8020/warehouse, abfs://data@acct.dfs.core.windows.net/ml/",
          KEY);

  @ParameterizedTest
  @CsvSource({
    "s3a://lake/curated/events/2026/, s3a://lake/curated/events/2026/",
    "S3A://LAKE/curated/x.parquet, s3a://lake/curated/x.parquet",
    "s3a://lake//curated///x.parquet, s3a://lake/curated/x.parquet",
    "s3a://lake/curated, s3a://lake/curated",
    "hdfs://NN:8020/warehouse/db/t/, hdfs://nn:8020/warehouse/db/t/",
    "abfs://data@ACCT.dfs.core.windows.net/ml/x.csv, abfs://data@acct.dfs.core.windows.net/ml/x.csv",
    "s3a://lake/curated/date=2026-01-01/part-0.parquet, s3a://lake/curated/date=2026-01-01/part-0.parquet"
  })
  void aUriUnderAnAllowedPrefixIsReadInItsCanonicalSpelling(String written, String canonical) {
    assertThat(allowed.check(written).toString()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "s3a://lake/raw/x.parquet | is outside the allowed locations",
        "s3a://lake/curated-evil/x.parquet | is outside the allowed locations",
        "s3a://lake/cur | is outside the allowed locations",
        "s3a://other/curated/x.parquet | is outside the allowed locations",
        "s3://lake/curated/x.parquet | is outside the allowed locations",
        "gs://lake/curated/x.parquet | is outside the allowed locations",
        "file:///etc/passwd | is outside the allowed locations",
        "hdfs://nn/warehouse/x | is outside the allowed locations",
        "s3a://evil@lake/curated/x | is outside the allowed locations",
        "s3a://lake@evil/curated/x | is outside the allowed locations",
        "abfs://other@acct.dfs.core.windows.net/ml/x.csv | is outside the allowed locations",
        "s3a://lake/curated/../raw/x.parquet | has a '..' segment",
        "s3a://lake/curated/./x.parquet | has a '.' segment",
        "s3a://lake/curated/.. | has a '..' segment",
        "s3a://lake/curated/%2e%2e/raw/x | has the character '%'",
        "s3a://lake/curated/%2E%2E/raw/x | has the character '%'",
        "s3a://lake/curated/%252e%252e/raw/x | has the character '%'",
        "s3a://lake/curated/x?/../../raw | has the character '?'",
        "s3a://lake/curated/x#/../../raw | has the character '#'",
        "s3a://lake/curated/{x,..}/raw | has the character '{'",
        "s3a://lake/curated/*/x | has the character '*'",
        "s3a://lake/curated/x\\..\\raw | has the character '\\'",
        "s3a://key:secret@lake/curated/x | carries credentials",
        "s3a://lake?x/curated/x | has an authority",
        "file:/etc/passwd | is not a URI of the form scheme://authority/path",
      })
  void aUriOutsideOrDisguisedIsRefusedSayingWhy(String written, String why) {
    assertThatThrownBy(() -> allowed.check(written))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(why);
  }

  @Test
  void aRefusalOutsideNamesThePrefixesAndTheSetting() {
    assertThatThrownBy(() -> allowed.check("s3a://lake/raw/x.parquet"))
        .hasMessage(
            "dataset URI 's3a://lake/raw/x.parquet' (s3a://lake/raw/x.parquet) is outside the"
                + " allowed locations [s3a://lake/curated/, hdfs://nn:8020/warehouse,"
                + " abfs://data@acct.dfs.core.windows.net/ml/]; suite files may name URIs only"
                + " under them. Add its prefix to mltest.spark.allowed-locations to allow it");
  }

  @Test
  void byDefaultNoUriIsAllowedAndTheRefusalSaysWhatToSet() {
    assertThatThrownBy(() -> AllowedLocations.none(KEY).check("s3a://lake/events/x.parquet"))
        .hasMessage(
            "dataset URI 's3a://lake/events/x.parquet' is not allowed: suite files may name URIs"
                + " only under the prefixes the run allows, and mltest.spark.allowed-locations is"
                + " not set; to allow it, set mltest.spark.allowed-locations=s3a://lake/events/"
                + " (comma-separated prefixes, e.g. in junit-platform.properties)");
  }

  @Test
  void anEntryThatIsNoUriIsLeftOutAndReported() {
    AllowedLocations parsed =
        AllowedLocations.parse("s3a://lake/ok/, /local/dir, s3a://lake/../x", KEY);
    assertThat(parsed.prefixes())
        .extracting(HadoopLocation::toString)
        .containsExactly("s3a://lake/ok/");
    assertThat(parsed.problems())
        .hasSize(2)
        .allSatisfy(
            p ->
                assertThat(p)
                    .startsWith("configuration parameter " + KEY + " has the invalid entry"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"s3a://b/k", "file:///etc/passwd", "hdfs:/x", "lake://lake/x"})
  void uriShapesAreTellableFromLocalPaths(String written) {
    assertThat(HadoopLocation.isUri(written)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"data/x.csv", "/abs/x.csv", "C:/data/x.csv", "file:x.csv", "../x.csv"})
  void localPathsAreNoUris(String written) {
    assertThat(HadoopLocation.isUri(written)).isFalse();
  }

  @Test
  void aFileUriThatLinksOutOfItsPrefixIsRefused(@TempDir Path dir) throws IOException {
    Path inside = Files.createDirectories(dir.resolve("inside"));
    Path secret = Files.writeString(dir.resolve("secret.csv"), "a\n1\n");
    Files.createSymbolicLink(inside.resolve("link.csv"), secret);
    Files.writeString(inside.resolve("real.csv"), "a\n1\n");
    AllowedLocations files = AllowedLocations.parse("file://" + inside + "/", KEY);

    assertThat(files.check("file://" + inside + "/real.csv").path())
        .isEqualTo(inside + "/real.csv");
    assertThatThrownBy(() -> files.check("file://" + inside + "/link.csv"))
        .hasMessageContaining("is outside the allowed locations");
  }

  @Test
  void aSuiteDatasetUriBecomesAHadoopDatasetOnlyUnderThePolicysLocations() {
    SourcePosition at = new SourcePosition(1, 10);
    DatasetRef folder =
        new DatasetRef("s3a://lake/curated/events/", FileFormat.PARQUET, Map.of(), at);
    DataRootPolicy policy = DataRootPolicy.standard(null).withLocations(allowed);

    assertThat(folder.isUri()).isTrue();
    assertThat(folder.dataset(null, null, policy))
        .isEqualTo(Dataset.hadoop("s3a://lake/curated/events/", FileFormat.PARQUET));
    assertThatThrownBy(() -> folder.dataset(null, null, DataRootPolicy.unrestricted()))
        .hasMessageContaining("is not allowed")
        .hasMessageContaining(KEY);
    assertThatThrownBy(() -> folder.resolve(null, null, policy))
        .hasMessageContaining("is a URI, not a local file");

    DatasetRef noFormat = new DatasetRef("s3a://lake/curated/events/", null, Map.of(), at);
    assertThatThrownBy(() -> noFormat.dataset(null, null, policy))
        .hasMessageContaining("add 'format: parquet|csv|jsonl'");

    DatasetRef csv =
        new DatasetRef(
            "s3a://lake/curated/x.csv",
            null,
            Map.of("delimiter", ";"),
            Map.of("id", "varchar"),
            at);
    assertThat(csv.dataset(null, null, policy))
        .isEqualTo(
            new HadoopDataset(
                "s3a://lake/curated/x.csv",
                FileFormat.CSV,
                Map.of("delimiter", ";"),
                Map.of("id", "VARCHAR")));
    assertThat(List.of(csv.shownAs())).containsExactly("s3a://lake/curated/x.csv");
  }
}
