package dev.mltest.expect;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * One entry of the expectation catalog: its key, what it checks, its parameters and how it is
 * built. The reference docs, the suite-file schema and the "unknown expectation" message are all
 * derived from these entries.
 *
 * @param key the suite-file name, e.g. {@code between}
 * @param kind what it judges, which decides the common options it takes
 * @param summary one sentence
 * @param semantics how it is measured and judged, including nulls and empty data
 * @param parameters its own parameters (the common options are not listed)
 * @param example a YAML list item using it
 * @param factory builds the check from a validated spec
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ExpectationType(
    String key,
    ExpectationKind kind,
    String summary,
    String semantics,
    List<ParameterSpec> parameters,
    String example,
    Function<ExpectationSpec, Check> factory) {

  public ExpectationType {
    requireNonNull(key, "key");
    requireNonNull(kind, "kind");
    parameters = List.copyOf(parameters);
  }

  /** Whether the expectation takes {@code mostly}. */
  public boolean takesMostly() {
    return kind == ExpectationKind.ROW;
  }

  /** The parameter names, in declaration order. */
  public List<String> parameterNames() {
    return parameters.stream().map(ParameterSpec::name).toList();
  }
}
