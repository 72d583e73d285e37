package dev.mltest.suite;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.expect.ExpectationSpec;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One item of a suite's {@code expectations} list: a valid expectation, or the problem that makes
 * it invalid. Invalid items stay in the suite so that they show up as failing tests.
 *
 * @param name the stable name within the suite: the {@code id}, else {@code key[columns]}, with
 *     {@code #2}, {@code #3}... for repeats
 * @param position where the item starts
 * @param endLine the last line of the item
 * @param spec the expectation, if valid
 * @param problem the problem, if invalid
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SuiteEntry(
    String name,
    SourcePosition position,
    int endLine,
    @Nullable ExpectationSpec spec,
    @Nullable SuiteProblem problem) {

  /** The expectation, if the item is valid. */
  public Optional<ExpectationSpec> expectation() {
    return Optional.ofNullable(spec);
  }

  /** Whether the line falls within this item. */
  public boolean spans(int line) {
    return line >= position.line() && line <= endLine;
  }
}
