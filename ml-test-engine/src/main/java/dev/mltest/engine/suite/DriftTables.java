package dev.mltest.engine.suite;

import dev.mltest.data.BoundTable;
import dev.mltest.data.DataBackend;
import dev.mltest.data.Dataset;
import java.lang.ref.Cleaner;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The two datasets of a drift section, bound once per run: discovery opens them to read the schemas
 * its column nodes come from, execution compares them, and the section closes them when it
 * finishes. A tree that is discovered and never run (an IDE listing tests, a launcher's {@code
 * discover}, a section a filter removed) does not keep them open: once nothing reaches this object
 * any more, a {@link Cleaner} closes them.
 */
final class DriftTables implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(DriftTables.class.getName());

  /** One daemon thread for every section's clean-up. */
  private static final Cleaner CLEANER = Cleaner.create();

  private final BoundTable reference;
  private final BoundTable current;
  private final Cleaner.Cleanable cleanable;

  private DriftTables(Open open) {
    this.reference = open.reference();
    this.current = open.current();
    this.cleanable = CLEANER.register(this, open);
  }

  /**
   * Binds the reference and the current dataset in one new backend.
   *
   * @throws dev.mltest.data.DataAccessException if either cannot be read; nothing stays open then
   */
  static DriftTables open(Supplier<DataBackend> backends, Dataset reference, Dataset current) {
    DataBackend backend = backends.get();
    BoundTable ref = null;
    try {
      ref = backend.open(reference);
      return new DriftTables(new Open(backend, ref, backend.open(current)));
    } catch (RuntimeException e) {
      closeQuietly(ref, backend, e);
      throw e;
    }
  }

  BoundTable reference() {
    return reference;
  }

  BoundTable current() {
    return current;
  }

  /** Closes both tables and their backend; a second call does nothing. */
  @Override
  public void close() {
    cleanable.clean();
  }

  private static void closeQuietly(
      @Nullable BoundTable table, DataBackend backend, RuntimeException cause) {
    try (backend) {
      if (table != null) {
        table.close();
      }
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  /**
   * What is open, and how to close it. It must not reach the {@link DriftTables} it belongs to, or
   * the cleaner would never see that object become unreachable.
   */
  private record Open(DataBackend backend, BoundTable reference, BoundTable current)
      implements Runnable {
    @Override
    public void run() {
      try {
        try {
          current.close();
        } finally {
          try {
            reference.close();
          } finally {
            backend.close();
          }
        }
      } catch (RuntimeException e) {
        // Runs on the cleaner's thread or at the end of a section that has already been judged:
        // the comparison is done, so a failed close loses nothing but is worth a warning.
        LOG.log(System.Logger.Level.WARNING, "closing drift datasets failed: " + e.getMessage(), e);
      }
    }
  }
}
