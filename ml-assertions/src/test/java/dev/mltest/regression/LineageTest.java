package dev.mltest.regression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.lineage.CodeProvenance;
import dev.mltest.lineage.DatasetProvenance;
import dev.mltest.lineage.EnvironmentProvenance;
import dev.mltest.lineage.ModelProvenance;
import dev.mltest.lineage.RunProvenance;
import dev.mltest.lineage.SampleDefinition;
import dev.mltest.lineage.TrainerConfiguration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineageTest {
  private final ModelProvenance base = Lineages.sample();

  private ModelProvenance with(
      List<DatasetProvenance> data,
      SampleDefinition sample,
      long seed,
      TrainerConfiguration trainer) {
    return new ModelProvenance(base.run().withDatasets(data), sample, seed, trainer, 1, 1);
  }

  @Test
  void theSameRunIsFresh() {
    assertThat(base.changesFrom(Lineages.sample())).isEmpty();
  }

  @Test
  void changedDataIsStaleByContentNotPath() {
    ModelProvenance moved =
        with(
            List.of(new DatasetProvenance("/elsewhere/churn.csv", "a".repeat(64), 1234)),
            base.sample(),
            42,
            base.trainer());
    assertThat(moved.changesFrom(base)).isEmpty();
    ModelProvenance changed =
        with(
            List.of(new DatasetProvenance("data/churn.csv", "b".repeat(64), 1234)),
            base.sample(),
            42,
            base.trainer());
    assertThat(changed.changesFrom(base))
        .containsExactly("data churn.csv changed (sha256 aaaaaaaaaaaa… → bbbbbbbbbbbb…)");
  }

  @Test
  void aChangedSeedIsStale() {
    assertThat(with(base.data(), base.sample(), 7, base.trainer()).changesFrom(base))
        .containsExactly("seed 42 → 7");
  }

  @Test
  void aChangedSampleDefinitionIsStale() {
    SampleDefinition s = base.sample();
    SampleDefinition other =
        new SampleDefinition(
            s.label(), List.of("age"), 0.1, null, false, s.testFraction(), s.algorithm());
    assertThat(with(base.data(), other, 42, base.trainer()).changesFrom(base))
        .containsExactly(
            "features [age, tenure] → [age] (dropped tenure)",
            "sample fraction 0.05 → 0.1",
            "stratified true → false");
  }

  @Test
  void aChangedTrainerConfigurationIsStale() {
    TrainerConfiguration t =
        new TrainerConfiguration(
            base.trainer().className(), Map.of("epochs", "10", "seed", "12345"));
    assertThat(with(base.data(), base.sample(), 42, t).changesFrom(base))
        .containsExactly("trainer epochs 5 → 10");
    TrainerConfiguration cart = new TrainerConfiguration("CART", Map.of());
    assertThat(with(base.data(), base.sample(), 42, cart).changesFrom(base))
        .containsExactly(
            "trainer org.tribuo.classification.sgd.linear.LogisticRegressionTrainer → CART");
  }

  @Test
  void onlyTheEvaluationProtocolMakesRunsIncomparable() {
    SampleDefinition s = base.sample();
    SampleDefinition fewerFeatures =
        new SampleDefinition(
            s.label(),
            List.of("age"),
            s.fraction(),
            null,
            s.stratified(),
            s.testFraction(),
            s.algorithm());
    TrainerConfiguration t =
        new TrainerConfiguration(
            base.trainer().className(), Map.of("epochs", "1", "seed", "12345"));
    ModelProvenance changed =
        with(
            List.of(new DatasetProvenance("data/churn.csv", "b".repeat(64), 1)),
            fewerFeatures,
            42,
            t);
    assertThat(changed.protocolChangesFrom(base)).isEmpty();
    assertThat(changed.contextChangesFrom(base))
        .containsExactly(
            "data churn.csv changed (sha256 aaaaaaaaaaaa… → bbbbbbbbbbbb…)",
            "features [age, tenure] → [age] (dropped tenure)",
            "trainer epochs 5 → 1");
    SampleDefinition otherSplit =
        new SampleDefinition(
            s.label(), s.features(), 0.1, null, false, 0.5, SampleDefinition.algorithm("id"));
    assertThat(with(base.data(), otherSplit, 7, base.trainer()).protocolChangesFrom(base))
        .containsExactly(
            "sample fraction 0.05 → 0.1",
            "stratified true → false",
            "test fraction 0.2 → 0.5",
            "sampling algorithm mltest-hash-v1 → mltest-keyhash-v1:id",
            "seed 42 → 7");
  }

  @Test
  void versionsAndCommitAreInformativeOnly() {
    ModelProvenance upgraded =
        new ModelProvenance(
            new RunProvenance(
                new CodeProvenance("fedcba", true, "main"),
                new EnvironmentProvenance(Map.of("tribuo", "4.4.0", "duckdb", "v1.5.0")),
                base.data()),
            base.sample(),
            42,
            base.trainer(),
            800,
            200);
    assertThat(upgraded.changesFrom(base)).isEmpty();
    assertThat(upgraded.versionChangesFrom(base)).containsExactly("tribuo 4.3.2 → 4.4.0");
  }
}
