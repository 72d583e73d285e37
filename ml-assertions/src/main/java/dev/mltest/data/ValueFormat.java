package dev.mltest.data;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** Well-known string formats that the {@code format} expectation checks. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ValueFormat {
  EMAIL("email"),
  URL("url"),
  UUID("uuid"),
  ISO_DATE("isoDate"),
  ISO_DATE_TIME("isoDateTime"),
  JSON("json"),
  DATE_PATTERN("datePattern");

  private final String key;

  ValueFormat(String key) {
    this.key = key;
  }

  /** The suite-file name, e.g. {@code isoDate}. */
  public String key() {
    return key;
  }

  /** All suite-file names. */
  public static List<String> keys() {
    return Arrays.stream(values()).map(ValueFormat::key).toList();
  }

  /** The format with this key. */
  public static Optional<ValueFormat> fromKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key.equalsIgnoreCase(key.trim())).findFirst();
  }
}
