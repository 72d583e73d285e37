/** Internal to the ml-test engine: descriptor. */
@NullMarked
package dev.mltest.engine.descriptor;

import org.jspecify.annotations.NullMarked;
