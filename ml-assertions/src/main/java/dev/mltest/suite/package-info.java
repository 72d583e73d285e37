/**
 * Suite files: YAML files that name a dataset and list expectations, parsed safely with line and
 * column positions so that every problem points at its line.
 */
@NullMarked
package dev.mltest.suite;

import org.jspecify.annotations.NullMarked;
