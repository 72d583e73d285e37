/**
 * What ML tests recorded, and the reports rendered from it: the metric-delta table (CSV, HTML,
 * markdown), failing values, drift tables and charts, the pull-request summary in markdown and the
 * versioned JSON results.
 *
 * <p>A test node records one {@link dev.mltest.report.RunRecord} right after judging; the engine
 * gathers them into a {@link dev.mltest.report.RunReport} at the end of the run. Every renderer
 * here is a pure function of those values, so reports are golden-tested without running anything.
 *
 * <pre>{@code
 * RunReport report = new RunReport(tests, lineage, Instant.now());
 * String markdown = MarkdownSummary.render(report, SummaryOptions.defaults());
 * String json = JsonResults.render(report);
 * }</pre>
 */
@NullMarked
package dev.mltest.report;

import org.jspecify.annotations.NullMarked;
