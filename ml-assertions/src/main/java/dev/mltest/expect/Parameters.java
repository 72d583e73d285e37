package dev.mltest.expect;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** The converted parameter values of one expectation, defaults applied. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Parameters {
  private final Map<String, Object> values;

  Parameters(Map<String, Object> values) {
    this.values = Map.copyOf(values);
  }

  /** Whether the parameter was given or has a default. */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** All values, by name. */
  public Map<String, Object> asMap() {
    return values;
  }

  /** The raw converted value, or null. */
  public @Nullable Object get(String name) {
    return values.get(name);
  }

  String string(String name) {
    return (String) require(name);
  }

  Optional<String> optionalString(String name) {
    return Optional.ofNullable((String) values.get(name));
  }

  @SuppressWarnings("unchecked")
  List<String> strings(String name) {
    return (List<String>) require(name);
  }

  @SuppressWarnings("unchecked")
  List<Object> valueList(String name) {
    return (List<Object>) require(name);
  }

  boolean flag(String name) {
    Object v = values.get(name);
    return v != null && (Boolean) v;
  }

  @Nullable Double number(String name) {
    Object v = values.get(name);
    return v == null ? null : ((Number) v).doubleValue();
  }

  @Nullable Long integer(String name) {
    Object v = values.get(name);
    return v == null ? null : ((Number) v).longValue();
  }

  double requiredNumber(String name) {
    return ((Number) require(name)).doubleValue();
  }

  long requiredInteger(String name) {
    return ((Number) require(name)).longValue();
  }

  @SuppressWarnings("unchecked")
  List<QuantileRange> quantileRanges(String name) {
    return (List<QuantileRange>) require(name);
  }

  /** The value of a parameter that is given or has a default; fails naming it otherwise. */
  public Object require(String name) {
    Object v = values.get(name);
    if (v == null) {
      throw new IllegalStateException("parameter '" + name + "' is not set");
    }
    return v;
  }
}
