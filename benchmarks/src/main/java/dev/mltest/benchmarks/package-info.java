/** Benchmark commands: each prints its figures next to a reference measured in the same run. */
@NullMarked
package dev.mltest.benchmarks;

import org.jspecify.annotations.NullMarked;
