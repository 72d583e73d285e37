package dev.mltest.spark;

import java.net.URI;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * A Hadoop file system of a made-up scheme, {@code lake://lake/<absolute local path>}, that reads
 * the local disk: the tests read datasets through a non-{@code file} URI as Spark would read {@code
 * s3a://} or {@code hdfs://}, without a network. Registered in the shared session as {@code
 * spark.hadoop.fs.lake.impl}.
 */
public final class LakeFileSystem extends RawLocalFileSystem {
  /** The file system's URI: scheme {@code lake}, authority {@code lake}. */
  static final URI LAKE = URI.create("lake://lake/");

  /** Created by Hadoop's {@code FileSystem.get}. */
  public LakeFileSystem() {}

  @Override
  public URI getUri() {
    return LAKE;
  }

  @Override
  public String getScheme() {
    return "lake";
  }

  /** {@code lake://lake/tmp/x/events.parquet} for the local {@code /tmp/x/events.parquet}. */
  static String uri(java.nio.file.Path local) {
    return "lake://lake" + local.toAbsolutePath().normalize();
  }
}
