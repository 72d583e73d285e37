package dev.mltest.history;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;

/** Starts the test PostgreSQL server, or says loudly why it cannot. */
final class PostgresServer {
  static final String SKIPPED =
      "PostgreSQL could not start here, so the PostgreSQL metrics repository was NOT tested;"
          + " see standard error";

  private PostgresServer() {}

  static @Nullable EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
    } catch (Exception | Error e) {
      System.err.println(
          "\n*** SKIPPING the PostgreSQL metrics-repository tests: the embedded PostgreSQL server"
              + " did not start ("
              + e
              + "). PostgreSQL refuses to run as root; run the build as"
              + " an ordinary user, as CI does. ***\n");
      return null;
    }
  }
}
