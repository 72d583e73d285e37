/**
 * Internal to the ml-test engine: property tests, methods annotated {@link
 * dev.mltest.engine.PropertyTest} that run on tables generated from a data contract.
 */
@NullMarked
package dev.mltest.engine.property;

import org.jspecify.annotations.NullMarked;
