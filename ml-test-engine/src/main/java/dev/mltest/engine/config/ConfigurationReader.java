package dev.mltest.engine.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.junit.platform.commons.JUnitException;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The one way the engine reads its {@code mltest.*} parameters, with one policy: a value that is
 * not valid is never read as a default in silence; it becomes a problem that names the key, the
 * value and the accepted values, and the default applies. At discovery every problem becomes a
 * {@code DiscoveryIssue}; at execution the node that depends on the key may also fail with it.
 *
 * <pre>{@code
 * ConfigurationReader reader = new ConfigurationReader(parameters);
 * boolean update = reader.flag(Constants.BASELINE_UPDATE, false);
 * reader.problems(); // ["configuration parameter mltest.baseline.update has the invalid value 'yes'; accepted values: true, false"]
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class ConfigurationReader {
  private final ConfigurationParameters parameters;
  private final List<String> problems = new ArrayList<>();

  public ConfigurationReader(ConfigurationParameters parameters) {
    this.parameters = parameters;
  }

  /** The value, trimmed, if it is set and not blank. */
  public Optional<String> text(String key) {
    return parameters.get(key).map(String::trim).filter(s -> !s.isEmpty());
  }

  /** A {@code true}/{@code false} key (any case); anything else, say {@code yes}, is a problem. */
  public boolean flag(String key, boolean fallback) {
    return typed(key, "true, false", ConfigurationReader::strictBoolean).orElse(fallback);
  }

  /** One of the accepted values (any case), lower-cased; anything else is a problem. */
  public String choice(String key, String fallback, List<String> accepted) {
    return typed(
            key,
            String.join(", ", accepted),
            value -> {
              String lower = value.toLowerCase(Locale.ROOT);
              if (!accepted.contains(lower)) {
                throw new IllegalArgumentException(value);
              }
              return lower;
            })
        .orElse(fallback);
  }

  /** The value, trimmed, if it is set, blank or not. */
  public Optional<String> trimmed(String key) {
    return parameters.get(key).map(String::trim);
  }

  /** A whole number; anything else is a problem. */
  public Optional<Long> wholeNumber(String key) {
    return typed(key, "a whole number", Long::parseLong);
  }

  /** A whole number of at least {@code min}; anything else is a problem. */
  public Optional<Long> wholeNumber(String key, long min) {
    return typed(
        key,
        "a whole number of at least " + min,
        value -> {
          long number = Long.parseLong(value);
          if (number < min) {
            throw new IllegalArgumentException(value);
          }
          return number;
        });
  }

  /** The problems found so far, one sentence each. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  /**
   * Reads through JUnit's typed accessor, {@link ConfigurationParameters#get(String, Function)},
   * which wraps a transformer's exception in a {@link JUnitException}.
   */
  private <T> Optional<T> typed(
      String key, String accepted, Function<String, ? extends T> transformer) {
    Optional<String> raw = text(key);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    try {
      return parameters.get(key, value -> transformer.apply(value.trim()));
    } catch (JUnitException | IllegalArgumentException e) {
      problems.add(
          "configuration parameter %s has the invalid value '%s'; accepted values: %s"
              .formatted(key, raw.get(), accepted));
      return Optional.empty();
    }
  }

  private static boolean strictBoolean(String value) {
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return value.equalsIgnoreCase("true");
    }
    throw new IllegalArgumentException(value);
  }
}
