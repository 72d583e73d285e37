/**
 * The {@code mltest} command line: {@code profile}, {@code suggest}, {@code validate} and {@code
 * drift} outside {@code mvn test}, and {@code history list|export|prune} over the metrics history.
 * Thin: statistics, suggestions, suite parsing, evaluation and drift come from the library, and
 * suites run through the ml-test engine on the JUnit Platform Launcher, so messages and reports are
 * those of {@code mvn test}.
 *
 * <p>{@link dev.mltest.cli.Profiles}, {@link dev.mltest.cli.Suggestions} and {@link
 * dev.mltest.cli.SuiteRunner} are the entry points the Maven plugin shares.
 */
@NullMarked
package dev.mltest.cli;

import org.jspecify.annotations.NullMarked;
