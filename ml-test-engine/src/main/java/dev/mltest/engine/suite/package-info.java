/**
 * Suite files as ML tests: finding them (resolver, loader, source, selectors), their nodes (suite,
 * expectation, drift section, drift check), running them once per container (suite run, drift run)
 * and turning each library result into a test outcome.
 */
@NullMarked
package dev.mltest.engine.suite;

import org.jspecify.annotations.NullMarked;
