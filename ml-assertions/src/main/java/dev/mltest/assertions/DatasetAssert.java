package dev.mltest.assertions;

import dev.mltest.data.Dataset;

/** Assertions on a {@link Dataset}; obtain one from {@link MlAssertions#assertThat(Dataset)}. */
public final class DatasetAssert extends AbstractDatasetAssert<DatasetAssert> {

  /** Creates assertions on a dataset. */
  public DatasetAssert(Dataset actual) {
    super(actual, DatasetAssert.class);
  }
}
