package dev.mltest.engine;

import static dev.mltest.engine.MlTestEvents.expectation;
import static dev.mltest.engine.MlTestEvents.reportEntry;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * The expectations added to the catalogue for issue #18, run by the engine on a CSV file: types
 * come from DuckDB's reading of the file and the order is the file's row order.
 */
class CatalogueExecutionTest {
  private static final String LEDGER = "fixtures/catalogue/ledger.mltest.yaml";

  @TempDir Path out;

  private EngineExecutionResults run() {
    return MlTestKit.engine(out).selectors(selectClasspathResource(LEDGER)).execute();
  }

  @Test
  void eachAddedExpectationRunsAsItsOwnTest() {
    run().testEvents().assertStatistics(stats -> stats.started(14).succeeded(10).failed(4));
  }

  @Test
  void passingOnesReportWhatTheyObserved() {
    run()
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                expectation("columnCount"),
                reportEntry("mltest.message", "column count is 8 (expected [8, 8])")))
        .haveExactly(
            1,
            event(
                expectation("sumBetween[amount]"),
                reportEntry("mltest.message", "sum of amount is 1040 (expected [1040, 1040])")))
        .haveExactly(1, event(expectation("columnCount"), finishedSuccessfully()))
        .haveExactly(1, event(expectation("sumBetween[amount]"), finishedSuccessfully()))
        // A boolean column's mean is its rate of true values: 3 of the 5 non-null flags.
        .haveExactly(1, event(expectation("meanBetween[flag]"), finishedSuccessfully()))
        .haveExactly(1, event(expectation("uniqueProportion[account]"), finishedSuccessfully()))
        .haveExactly(1, event(expectation("mostCommonValueIn[channel]"), finishedSuccessfully()))
        .haveExactly(1, event(expectation("balances-per-account"), finishedSuccessfully()))
        .haveExactly(1, event(expectation("ids-in-file-order"), finishedSuccessfully()))
        // web 4 of 6, shop and phone 1 each, against a stored 0.6 / 0.2 / 0.2: PSI below 0.1.
        .haveExactly(1, event(expectation("channel-mix"), finishedSuccessfully()))
        .haveExactly(1, event(expectation("known-channels"), finishedSuccessfully()))
        // A DATE column is judged by its text, 2024-01-01 to 2024-01-04.
        .haveExactly(1, event(expectation("booked-in-2024"), finishedSuccessfully()));
  }

  @Test
  void failingOnesNameFileLineAndTheOffendingValues() {
    run()
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                expectation("no-todo"),
                finishedWithFailure(
                    message(
                        LEDGER
                            + ":21:5 no-todo: note: 20% of 5 non-null values match /TODO/"
                            + " (mostly 1 allows none); e.g. 'TODO check' (row 4)"))))
        .haveExactly(
            1,
            event(
                expectation("amounts"),
                finishedWithFailure(
                    message(
                        m ->
                            m.startsWith(
                                    LEDGER
                                        + ":34:5 amounts: amount: 16.7% of 6 non-null values have"
                                        + " |z| ≥ 2")
                                && m.endsWith("e.g. 1000 (row 5)")))))
        // Each pattern as matchesRegex would find it: "TODO check" ends in k but starts upper-case.
        .haveExactly(
            1,
            event(
                expectation("lower-case-notes"),
                finishedWithFailure(
                    message(
                        LEDGER
                            + ":47:5 lower-case-notes: note: 20% of 5 non-null values do not match"
                            + " all of /^[a-z]/, /k$/ (mostly 1 allows none); e.g. 'TODO check'"
                            + " (row 4)"))))
        .haveExactly(
            1,
            event(
                expectation("no-placeholder-notes"),
                finishedWithFailure(
                    message(
                        LEDGER
                            + ":55:5 no-placeholder-notes: note: 20% of 5 non-null values match"
                            + " one of LIKE 'TODO%', '%FIXME%' (mostly 1 allows none); e.g."
                            + " 'TODO check' (row 4)"))));
  }
}
