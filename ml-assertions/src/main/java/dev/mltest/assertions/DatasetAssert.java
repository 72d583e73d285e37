package dev.mltest.assertions;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.DataBackend;
import dev.mltest.data.Dataset;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/** Assertions on a {@link Dataset}; obtain one from {@link MlAssertions#assertThat(Dataset)}. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DatasetAssert extends AbstractDatasetAssert<DatasetAssert> {

  /** Creates assertions on a dataset. */
  public DatasetAssert(Dataset actual) {
    super(actual, DatasetAssert.class);
  }

  /**
   * Creates assertions on a dataset that another backend reads: each assertion opens a backend from
   * {@code backends}, binds the dataset on it and closes the backend afterwards. The catalogue, the
   * messages and the exceptions are those of {@link #DatasetAssert(Dataset)}; this is how {@code
   * dev.mltest.spark.SparkAssertions} checks a Spark {@code Dataset<Row>}.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public DatasetAssert(Dataset actual, Supplier<DataBackend> backends) {
    super(actual, backends, DatasetAssert.class);
  }
}
