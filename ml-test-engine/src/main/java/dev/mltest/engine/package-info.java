/**
 * The {@code ml-test} JUnit Platform engine: runs data-expectation suites (YAML files on the test
 * classpath) as tests, next to JUnit Jupiter and any other engine.
 */
@NullMarked
package dev.mltest.engine;

import org.jspecify.annotations.NullMarked;
