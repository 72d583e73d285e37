package dev.mltest.expect;

import java.util.List;
import java.util.function.Function;

/** Shared parameter definitions for the catalog entries. */
final class Entries {
  private Entries() {}

  static final ParameterSpec COLUMN =
      ParameterSpec.required("column", ParameterType.COLUMN, "The column to check.");

  static ExpectationType entry(
      String key,
      ExpectationKind kind,
      String summary,
      String semantics,
      String example,
      Function<ExpectationSpec, Check> factory,
      ParameterSpec... parameters) {
    return new ExpectationType(
        key, kind, summary, semantics, List.of(parameters), example, factory);
  }

  /** An inclusive lower bound, for entries without {@code strictMin}. */
  static ParameterSpec min(ParameterType type, String what) {
    return ParameterSpec.optional("min", type, "Smallest accepted " + what + " (inclusive).");
  }

  /** An inclusive upper bound, for entries without {@code strictMax}. */
  static ParameterSpec max(ParameterType type, String what) {
    return ParameterSpec.optional("max", type, "Largest accepted " + what + " (inclusive).");
  }

  /** A lower bound that {@link #strictMin()} can make exclusive. */
  static ParameterSpec strictableMin(ParameterType type, String what) {
    return ParameterSpec.optional(
        "min", type, "Smallest accepted " + what + " (inclusive unless `strictMin`).");
  }

  /** An upper bound that {@link #strictMax()} can make exclusive. */
  static ParameterSpec strictableMax(ParameterType type, String what) {
    return ParameterSpec.optional(
        "max", type, "Largest accepted " + what + " (inclusive unless `strictMax`).");
  }

  static ParameterSpec strictMin() {
    return ParameterSpec.withDefault(
        "strictMin", ParameterType.BOOLEAN, false, "Exclude the lower bound itself.");
  }

  static ParameterSpec strictMax() {
    return ParameterSpec.withDefault(
        "strictMax", ParameterType.BOOLEAN, false, "Exclude the upper bound itself.");
  }
}
