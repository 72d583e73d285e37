package dev.mltest.expect;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One parameter of an expectation type.
 *
 * @param name the suite-file key
 * @param type its type
 * @param required whether it must be given
 * @param defaultValue the value when it is not given, or null
 * @param doc one sentence for the reference docs
 * @param choices the accepted names, for {@link ParameterType#CHOICE}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ParameterSpec(
    String name,
    ParameterType type,
    boolean required,
    @Nullable Object defaultValue,
    String doc,
    List<String> choices) {
  public ParameterSpec {
    choices = List.copyOf(choices);
  }

  static ParameterSpec required(String name, ParameterType type, String doc) {
    return new ParameterSpec(name, type, true, null, doc, List.of());
  }

  static ParameterSpec optional(String name, ParameterType type, String doc) {
    return new ParameterSpec(name, type, false, null, doc, List.of());
  }

  static ParameterSpec withDefault(String name, ParameterType type, Object value, String doc) {
    return new ParameterSpec(name, type, false, value, doc, List.of());
  }

  static ParameterSpec choice(
      String name, List<String> choices, @Nullable String value, String doc) {
    return new ParameterSpec(name, ParameterType.CHOICE, value == null, value, doc, choices);
  }
}
