/**
 * Suite suggestions: rules that turn the {@link dev.mltest.profile.DatasetProfile}s of one or more
 * clean batches into a suite that passes on them and is tight enough to catch real breakage. Every
 * suggested expectation carries the rule that produced it and the observed value.
 *
 * <pre>{@code
 * SuggestedSuite suite = SuiteSuggester.suggest(List.of(profileA, profileB),
 *     SuggestOptions.defaults("customers", "customers.csv"));
 * Files.writeString(Path.of("customers.mltest.yaml"), suite.yaml());
 * }</pre>
 */
@NullMarked
package dev.mltest.suggest;

import org.jspecify.annotations.NullMarked;
