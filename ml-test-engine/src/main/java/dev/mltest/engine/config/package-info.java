/** The engine's configuration: every {@code mltest.*} parameter read and checked in one place. */
@NullMarked
package dev.mltest.engine.config;

import org.jspecify.annotations.NullMarked;
