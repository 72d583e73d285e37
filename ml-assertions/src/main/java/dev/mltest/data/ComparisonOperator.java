package dev.mltest.data;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.Optional;
import org.apiguardian.api.API;

/** A comparison between two values, named as in suite files. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ComparisonOperator {
  GT("gt", ">"),
  GE("ge", ">="),
  LT("lt", "<"),
  LE("le", "<="),
  EQ("eq", "="),
  NE("ne", "<>");

  private final String key;
  private final String symbol;

  ComparisonOperator(String key, String symbol) {
    this.key = key;
    this.symbol = symbol;
  }

  /**
   * The suite-file name: {@code gt}, {@code ge}, {@code lt}, {@code le}, {@code eq}, {@code ne}.
   */
  public String key() {
    return key;
  }

  /** The mathematical symbol, e.g. {@code >=}. */
  public String symbol() {
    return symbol;
  }

  /** The operator with this key or symbol. */
  public static Optional<ComparisonOperator> parse(String text) {
    String t = text.trim();
    return Arrays.stream(values())
        .filter(op -> op.key.equalsIgnoreCase(t) || op.symbol.equals(t))
        .findFirst();
  }
}
