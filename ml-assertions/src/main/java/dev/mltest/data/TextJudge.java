package dev.mltest.data;

import java.util.Optional;

/**
 * A rule no SQL function expresses, judged on the JVM one value at a time, such as a JSON Schema.
 * The backend streams each value's text to it and keeps only counts and the first few failures, so
 * memory stays bounded however large the table is.
 *
 * <p>Implementations are values: two equal judges share one pass over the data.
 */
public interface TextJudge {

  /**
   * The longest text, in characters, the judge reads. Longer values are not fetched at all: they
   * fail with {@link #tooLong(long)}.
   */
  int maxLength();

  /** Why a value longer than {@link #maxLength()} fails. */
  default String tooLong(long length) {
    return "%,d characters, more than the %,d this check reads".formatted(length, maxLength());
  }

  /**
   * Judges one value.
   *
   * @param text the value as text (a JSON-typed value as its JSON text)
   * @return why the value fails, or empty when it passes
   */
  Optional<String> problem(String text);
}
