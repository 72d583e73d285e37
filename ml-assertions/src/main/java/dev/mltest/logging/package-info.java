/**
 * The one place that turns the logging of the libraries MLTest drives (Tribuo, SLF4J users such as
 * allure-java and the JSON Schema validator) down: below every other package, so that the engine,
 * the command line, training and the expectations all call the same switch.
 */
@NullMarked
package dev.mltest.logging;

import org.jspecify.annotations.NullMarked;
