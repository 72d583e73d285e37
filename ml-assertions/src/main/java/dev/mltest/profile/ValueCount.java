package dev.mltest.profile;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A value (as text) or a value shape, with the number of rows holding it.
 *
 * @param value the value as text, or the shape ({@code 9} for a digit, {@code a} for a letter)
 * @param count the exact number of rows
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ValueCount(String value, long count) {
  public ValueCount {
    requireNonNull(value, "value");
  }
}
