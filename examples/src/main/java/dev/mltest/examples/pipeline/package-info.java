/** The example churn pipeline: trains the model whose data and metrics the example tests check. */
@NullMarked
package dev.mltest.examples.pipeline;

import org.jspecify.annotations.NullMarked;
