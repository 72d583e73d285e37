package dev.mltest.lineage;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * A trainer's class and hyper-parameters, from its Tribuo provenance (nested objects flattened to
 * dotted keys; the invocation count, which changes with every training, left out).
 *
 * @param className the trainer's class
 * @param parameters hyper-parameter name to value, sorted by name
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record TrainerConfiguration(String className, Map<String, String> parameters) {
  public TrainerConfiguration {
    requireNonNull(className, "className");
    parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
  }

  /** What differs from another configuration, e.g. {@code trainer epochs 5 → 10}. */
  List<String> changesFrom(TrainerConfiguration old) {
    List<String> changes = new ArrayList<>();
    if (!className.equals(old.className)) {
      changes.add("trainer %s → %s".formatted(old.className, className));
      return changes;
    }
    TreeSet<String> keys = new TreeSet<>(parameters.keySet());
    keys.addAll(old.parameters.keySet());
    for (String key : keys) {
      String was = old.parameters.get(key);
      String now = parameters.get(key);
      if (!Objects.equals(was, now)) {
        changes.add(
            "trainer %s %s → %s"
                .formatted(key, was == null ? "unset" : was, now == null ? "unset" : now));
      }
    }
    return changes;
  }
}
