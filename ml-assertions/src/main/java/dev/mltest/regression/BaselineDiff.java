package dev.mltest.regression;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** What an update changes in a baseline, one line per change, for review. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BaselineDiff {
  private BaselineDiff() {}

  /**
   * The changes from {@code old} (or from nothing) to {@code updated}: {@code + metric value} for
   * added metrics, {@code ~ metric old → new (Δ)} for changed values, {@code - metric} for removed
   * ones, and {@code lineage: ...} for changed lineage.
   */
  public static List<String> lines(@Nullable Baseline old, Baseline updated) {
    List<String> lines = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    if (old != null) {
      names.addAll(old.metrics().keySet());
    }
    names.addAll(updated.metrics().keySet());
    for (String name : names) {
      BaselineMetric was = old == null ? null : old.metrics().get(name);
      BaselineMetric now = updated.metrics().get(name);
      if (was == null && now != null) {
        lines.add("+ %s %s".formatted(name, MetricFormat.value(now.value())));
      } else if (was != null && now == null) {
        lines.add("- %s %s".formatted(name, MetricFormat.value(was.value())));
      } else if (was != null && now != null) {
        if (was.value() != now.value()) {
          lines.add(
              "~ %s %s → %s (Δ %s)"
                  .formatted(
                      name,
                      MetricFormat.value(was.value()),
                      MetricFormat.value(now.value()),
                      MetricFormat.signed(now.value() - was.value())));
        }
        if (!was.spec().equals(now.spec())) {
          lines.add("~ %s rule %s → %s".formatted(name, rule(was.spec()), rule(now.spec())));
        }
      }
    }
    if (old != null && old.lineage() != null && updated.lineage() != null) {
      updated.lineage().changesFrom(old.lineage()).forEach(c -> lines.add("lineage: " + c));
      updated.lineage().versionChangesFrom(old.lineage()).forEach(c -> lines.add("versions: " + c));
    }
    return lines;
  }

  private static String rule(MetricSpec spec) {
    List<String> parts = new ArrayList<>();
    if (spec.direction() != null) {
      parts.add(spec.direction().key());
    }
    if (spec.absTol() != null) {
      parts.add("absTol " + spec.absTol());
    }
    if (spec.relTol() != null) {
      parts.add("relTol " + spec.relTol());
    }
    if (spec.min() != null) {
      parts.add("min " + spec.min());
    }
    if (spec.max() != null) {
      parts.add("max " + spec.max());
    }
    return "[" + String.join(", ", parts) + "]";
  }
}
