package dev.mltest.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.platform.commons.annotation.Testable;

/**
 * A property of preprocessing code, checked on tables generated from a data contract. The ml-test
 * engine runs the method on edge cases, then random tables; on the first failure it shrinks the
 * table and fails with the seed, the shrunk table and how to replay the run.
 *
 * <pre>{@code
 * class EncoderProperties {
 *   @PropertyTest(contract = "payments.contract.yaml")
 *   void encodingIsNeverNaN(InMemoryTable payments) {
 *     InMemoryTable encoded = encoder.transform(payments);
 *     Invariants.noNaNIntroduced(payments, encoded);
 *   }
 *
 *   @PropertyTest(contractMethod = "payments", validOnly = false)
 *   void invalidRowsAreRejected(Map<String, Object> row) { ... }
 *
 *   static Contract payments() { return Contract.builder("payments")...build(); }
 * }
 * }</pre>
 *
 * <p>The method takes one parameter: an {@code InMemoryTable} (a generated table) or a {@code
 * Map<String, Object>} (one generated row). The class needs a no-argument constructor; one instance
 * serves all tries.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Testable
@API(status = EXPERIMENTAL, since = "0.1")
public @interface PropertyTest {

  /**
   * The contract: a suite file on the classpath, relative to the test class's package or absolute
   * with a leading {@code /} (a path without one that is not found relative is also tried from the
   * classpath root).
   */
  String contract() default "";

  /**
   * Instead of {@link #contract()}: the name of a no-argument method of the test class (static or
   * not) that returns a {@code dev.mltest.generate.Contract}.
   */
  String contractMethod() default "";

  /**
   * How many tables to try, edge cases included; 0 means the {@code mltest.property.tries}
   * configuration parameter, else 100.
   */
  int tries() default 0;

  /** The most rows per generated table; row properties always get one row. */
  int rows() default 20;

  /**
   * A seed that replays a run (a decimal long); empty for a fresh seed, or the one remembered from
   * this test's last failure. The {@code mltest.property.seed} configuration parameter overrides
   * it.
   */
  String seed() default "";

  /** Whether edge cases come first: empty table, one row, special values, nulls, duplicates... */
  boolean edgeCases() default true;

  /**
   * Whether only valid data is generated; with {@code false}, about half the tables (and one edge
   * case per expectation) break the contract, to test that the code rejects or repairs them.
   */
  boolean validOnly() default true;

  /** How long shrinking a failing table may take, in seconds. */
  int shrinkSeconds() default 10;
}
