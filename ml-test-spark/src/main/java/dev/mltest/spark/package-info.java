/**
 * The Spark backend: MLTest suites, drift checks and training samples computed by Apache Spark.
 * Select it with {@code mltest.backend=spark} or a suite's {@code backend: spark}; see {@code
 * docs/spark.md}.
 */
@NullMarked
package dev.mltest.spark;

import org.jspecify.annotations.NullMarked;
