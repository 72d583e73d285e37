package dev.mltest.suggest;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * One suggested expectation.
 *
 * @param rule the name of the rule that produced it, e.g. {@code range}
 * @param because what was observed, e.g. {@code observed 18..90 over 3 batches (3,000 rows)}
 * @param fields the expectation as it is written in a suite file, in order, starting with {@code
 *     expect}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Suggestion(String rule, String because, Map<String, Object> fields) {
  public Suggestion {
    requireNonNull(rule, "rule");
    requireNonNull(because, "because");
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** The expectation key, e.g. {@code between}. */
  public String expect() {
    return String.valueOf(fields.get("expect"));
  }
}
