package dev.mltest.spark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A Spark Connect server in a JVM of its own, local mode on two threads, bound to 127.0.0.1 on a
 * free port. Its class path is the test class path with the server jar and spark-sql-api instead of
 * the client jar (see the {@code spark-connect} surefire execution), so MLTest's classes, RE2J and
 * Jackson are on the server too: the UDFs MLTest registers run there. Its output goes to a log file
 * under {@code target/}, whose tail failures quote.
 */
final class ConnectServer implements AutoCloseable {
  private static final String MAIN = "org.apache.spark.sql.connect.service.SparkConnectServer";
  private static final long START_TIMEOUT_SECONDS = 180;

  private final Process process;
  private final int port;
  private final Path log;

  private ConnectServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts the server and waits until its port accepts connections. */
  static ConnectServer start() throws IOException, InterruptedException {
    String serverJar = System.getProperty("mltest.connect.serverJar");
    if (serverJar == null || !Files.isRegularFile(Path.of(serverJar))) {
      throw new IllegalStateException(
          "no Spark Connect server jar: the surefire property mltest.connect.serverJar is "
              + serverJar);
    }
    int port = freePort();
    Path log = Path.of("target", "spark-connect-server.log").toAbsolutePath();
    Files.createDirectories(log.getParent());
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        Arrays.asList(System.getProperty("mltest.connect.sparkArgLine", "").strip().split("\\s+")));
    command.add("-Xmx768m");
    command.add("-cp");
    command.add(
        serverClassPath(List.of(serverJar, System.getProperty("mltest.connect.sqlApiJar", ""))));
    // SparkConnectServer reads its settings from spark.* system properties, as spark-submit sets.
    command.add("-Dspark.master=local[2]");
    command.add("-Dspark.app.name=mltest-connect-server");
    command.add("-Dspark.ui.enabled=false");
    command.add("-Dspark.driver.host=127.0.0.1");
    command.add("-Dspark.driver.bindAddress=127.0.0.1");
    command.add("-Dspark.sql.shuffle.partitions=2");
    command.add("-Dspark.connect.grpc.binding.address=127.0.0.1");
    command.add("-Dspark.connect.grpc.binding.port=" + port);
    command.add(
        "-Dspark.sql.warehouse.dir=" + Path.of("target", "connect-warehouse").toAbsolutePath());
    command.add(MAIN);
    command.removeIf(String::isEmpty);
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    ConnectServer server = new ConnectServer(process, port, log);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
    while (!server.accepts()) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the Spark Connect server exited with " + process.exitValue() + server.tail());
      }
      if (System.nanoTime() > deadline) {
        server.close();
        throw new IllegalStateException(
            "the Spark Connect server did not accept on port %d within %d s%s"
                .formatted(port, START_TIMEOUT_SECONDS, server.tail()));
      }
      Thread.sleep(250);
    }
    return server;
  }

  /** The URL a client gives {@code mltest.spark.remote}. */
  String url() {
    return "sc://127.0.0.1:" + port;
  }

  /** The last lines of the server's log, to append to a failure message. */
  String tail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return "\n--- last lines of "
          + log
          + " ---\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException | UncheckedIOException e) {
      return "\n(cannot read the server log " + log + ": " + e.getMessage() + ")";
    }
  }

  private boolean accepts() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Stops the server and waits for its JVM to end. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static String serverClassPath(List<String> serverJars) {
    String testPath = System.getProperty("surefire.test.class.path");
    if (testPath == null || testPath.isBlank()) {
      testPath = System.getProperty("java.class.path");
    }
    List<String> entries =
        Arrays.stream(testPath.split(File.pathSeparator))
            .filter(e -> !e.contains("spark-connect-client-jvm"))
            .collect(Collectors.toCollection(ArrayList::new));
    serverJars.stream().filter(j -> !j.isEmpty()).forEach(entries::add);
    return String.join(File.pathSeparator, entries);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
