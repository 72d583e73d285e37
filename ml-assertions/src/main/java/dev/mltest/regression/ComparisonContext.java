package dev.mltest.regression;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a metric's comparison knows besides its values: what changed since the baseline and what to
 * say when there is none.
 *
 * @param protocolChanges evaluation-protocol changes; non-empty makes the values not comparable
 * @param changes every other change since the baseline (context for the outcome)
 * @param noBaseline if there is no baseline at all: where it is expected and how to create it
 * @param acceptProtocolChanges whether a protocol change passes with a warning instead of failing
 * @param howToAccept how to accept a protocol change, for the message
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ComparisonContext(
    List<String> protocolChanges,
    List<String> changes,
    @Nullable String noBaseline,
    boolean acceptProtocolChanges,
    String howToAccept) {

  /** The default advice for accepting a protocol change. */
  public static final String DEFAULT_HOW_TO_ACCEPT =
      "review the values and write a new baseline from this run";

  public ComparisonContext {
    protocolChanges = List.copyOf(protocolChanges);
    changes = List.copyOf(changes);
    requireNonNull(howToAccept, "howToAccept");
  }

  /** The same context with other protocol changes (for one metric whose definition changed). */
  public ComparisonContext withProtocolChanges(List<String> newProtocolChanges) {
    return new ComparisonContext(
        newProtocolChanges, changes, noBaseline, acceptProtocolChanges, howToAccept);
  }

  /** A baseline from the same protocol with nothing changed. */
  public static ComparisonContext unchanged() {
    return new ComparisonContext(List.of(), List.of(), null, false, DEFAULT_HOW_TO_ACCEPT);
  }
}
