/**
 * The engine's reporting: a run-wide {@link dev.mltest.engine.report.RunRecorder} that nodes call
 * right after judging, on their own thread. It adds labels, parameters and attachments to the
 * node's Allure result when allure-java is on the classpath, and writes the markdown summary and
 * the JSON results at the end of the run.
 */
@NullMarked
package dev.mltest.engine.report;

import org.jspecify.annotations.NullMarked;
