package dev.mltest.engine.suite;

import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;

/**
 * Selects one expectation of a suite by its stable name: used for unique-id and line selection, and
 * to expand a suite into its expectations.
 *
 * @param suite the unique id of the suite
 * @param name the expectation's name in it
 */
record ExpectationSelector(UniqueId suite, String name) implements DiscoverySelector {}
