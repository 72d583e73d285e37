package dev.mltest.assertions;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.Dataset;
import org.apiguardian.api.API;

/** Assertions on a {@link Dataset}; obtain one from {@link MlAssertions#assertThat(Dataset)}. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DatasetAssert extends AbstractDatasetAssert<DatasetAssert> {

  /** Creates assertions on a dataset. */
  public DatasetAssert(Dataset actual) {
    super(actual, DatasetAssert.class);
  }
}
