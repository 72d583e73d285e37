/** Internal to the ml-test engine: discovery. */
@NullMarked
package dev.mltest.engine.discovery;

import org.jspecify.annotations.NullMarked;
