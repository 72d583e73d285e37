/**
 * The {@code mltest} Maven goals: {@code profile}, {@code suggest}, {@code validate} and {@code
 * drift}, the command line's operations for users who live in Maven. Each goal delegates to the
 * command line's shared entry points, so the files, messages and reports are the same.
 */
@NullMarked
package dev.mltest.maven;

import org.jspecify.annotations.NullMarked;
