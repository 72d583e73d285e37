package dev.mltest.engine.suite;

import java.util.function.Predicate;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;

/**
 * Selects a suite's drift section.
 *
 * @param suite the suite's unique id
 * @param include which of the section's tests to create
 */
record DriftSelector(UniqueId suite, Predicate<UniqueId> include) implements DiscoverySelector {}
