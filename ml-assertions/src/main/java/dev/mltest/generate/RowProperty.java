package dev.mltest.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A property checked on one generated row, given as column name to value (values may be null).
 *
 * @see TableProperty
 */
@API(status = EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface RowProperty {
  /** Checks the property on a row; returns normally if it holds. */
  void check(Map<String, @Nullable Object> row) throws Throwable;
}
