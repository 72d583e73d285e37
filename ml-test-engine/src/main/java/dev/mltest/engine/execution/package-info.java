/** Internal to the ml-test engine: execution. */
@NullMarked
package dev.mltest.engine.execution;

import org.jspecify.annotations.NullMarked;
