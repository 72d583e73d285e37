package dev.mltest.spark;

import dev.mltest.data.DataAccessException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * Sessions on a Spark Connect server ({@code mltest.spark.remote=sc://host:port}). The client
 * ({@code spark-connect-client-jvm}) must be on the test class path; the server runs the queries
 * and the UDFs MLTest registers, so MLTest's jar and RE2J must be on the server's class path.
 * Before Spark's client, whose retry policy waits minutes for a server that does not answer, a
 * plain TCP connect checks within {@link #CONNECT_TIMEOUT_MILLIS} that something listens at the
 * URL.
 */
final class SparkConnect {
  private static final System.Logger LOG = System.getLogger(SparkConnect.class.getName());

  /** Spark Connect's default port, when the URL names none. */
  static final int DEFAULT_PORT = 15002;

  static final int CONNECT_TIMEOUT_MILLIS = 3_000;

  /** The open Connect sessions MLTest started, by URL, with the backends that use each. */
  private static final Map<String, Shared> SESSIONS = new HashMap<>();

  private SparkConnect() {}

  /**
   * The run's session on the server at {@code remote}: one per URL, shared by every backend that
   * asks for it, until the last of them {@linkplain #release releases} it.
   */
  static synchronized SparkSession acquire(String remote, Map<String, String> sparkConf) {
    Shared shared = SESSIONS.get(remote);
    if (shared == null) {
      shared = new Shared(open(remote, sparkConf));
      SESSIONS.put(remote, shared);
    }
    shared.users++;
    return shared.session;
  }

  /**
   * Gives back a session of {@link #acquire}; the last user stops it, which ends the session on the
   * server (its temporary views and functions), not the server.
   */
  static synchronized void release(SparkSession session) {
    for (Iterator<Shared> it = SESSIONS.values().iterator(); it.hasNext(); ) {
      Shared shared = it.next();
      if (shared.session == session && --shared.users == 0) {
        it.remove();
        try {
          session.stop();
        } catch (RuntimeException e) {
          // The client's Arrow allocator reports buffers it still counts when it closes; the
          // session is over either way, and the run's results are already in.
          LOG.log(System.Logger.Level.WARNING, "stopping the Spark Connect session: " + e, e);
        }
      }
    }
  }

  private static final class Shared {
    final SparkSession session;
    int users;

    Shared(SparkSession session) {
      this.session = session;
    }
  }

  /**
   * A new Connect session on the settings' server, with their {@code spark.*} settings as session
   * settings.
   *
   * @throws DataAccessException naming {@code mltest.spark.remote} and the URL if the URL is not a
   *     Spark Connect URL, nothing listens there, or the session cannot start
   */
  private static SparkSession open(String remote, Map<String, String> sparkConf) {
    InetSocketAddress address = address(remote);
    try (Socket socket = new Socket()) {
      socket.connect(address, CONNECT_TIMEOUT_MILLIS);
    } catch (IOException e) {
      throw failure(remote, "nothing accepts connections at %s (%s)".formatted(address, e), e);
    }
    try {
      SparkSession.Builder builder = SparkSession.builder().remote(remote);
      for (Map.Entry<String, String> e : sparkConf.entrySet()) {
        builder = builder.config(e.getKey(), e.getValue());
      }
      SparkSession session = builder.connect().create();
      // The first call that reaches the server: a server that is not Spark Connect fails here.
      session.version();
      return session;
    } catch (RuntimeException | LinkageError e) {
      String reason = SparkMessages.concise(e);
      if (e instanceof LinkageError || reason.contains("ClassNotFound")) {
        reason +=
            "; Spark Connect needs org.apache.spark:spark-connect-client-jvm_2.13 on the test class path (docs/spark.md)";
      }
      throw failure(remote, reason, e);
    }
  }

  /** Whether the session runs on a Spark Connect server rather than in this JVM. */
  static boolean isConnect(SparkSession spark) {
    return !(spark instanceof org.apache.spark.sql.classic.SparkSession);
  }

  private static InetSocketAddress address(String remote) {
    URI uri;
    try {
      uri = new URI(remote);
    } catch (URISyntaxException e) {
      throw failure(remote, "not a URL: " + e.getMessage(), e);
    }
    if (!"sc".equals(uri.getScheme()) || uri.getHost() == null) {
      throw failure(remote, "a Spark Connect URL is sc://host:port", null);
    }
    return new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort());
  }

  private static DataAccessException failure(
      String remote, String reason, @org.jspecify.annotations.Nullable Throwable cause) {
    String message =
        "cannot connect to the Spark Connect server mltest.spark.remote=%s: %s"
            .formatted(remote, reason);
    return cause == null
        ? new DataAccessException(message)
        : new DataAccessException(message, cause);
  }
}
