package dev.mltest.generate;

/** What a generated column favours: the kind of table an edge case or a random try asks for. */
enum Emphasis {
  /** Random values and a random share of nulls. */
  RANDOM,
  /** The simplest valid value in every row. */
  SIMPLEST,
  /** Bounds, zeros, NaN, infinities, empty, long and non-ASCII strings, every category. */
  SPECIALS,
  /** One value repeated in every row. */
  CONSTANT,
  /** As many nulls as the contract allows. */
  NULLS
}
