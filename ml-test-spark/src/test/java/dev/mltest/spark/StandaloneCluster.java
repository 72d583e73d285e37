package dev.mltest.spark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * A Spark standalone Master and one Worker, each a JVM of its own bound to 127.0.0.1; the Worker
 * starts the executors of an application in further JVMs. Their Spark home is a folder of symbolic
 * links standing in for a Spark distribution: its {@code jars/} holds the test class path's jars
 * less MLTest's, RE2J and Lucene, so executors can only get those by shipping. Logs go to {@code
 * root}, and {@link #logs()} quotes them for failure messages.
 */
final class StandaloneCluster implements AutoCloseable {
  private static final Duration START = Duration.ofSeconds(60);

  private final Path root;
  private final Path work;
  private final List<Process> processes = new ArrayList<>();
  private int masterPort;

  private StandaloneCluster(Path root) {
    this.root = root;
    this.work = root.resolve("work");
  }

  /** Starts the Master and a Worker with one core and 1 GB, and waits until the Worker is in. */
  static StandaloneCluster start(Path root) throws IOException {
    StandaloneCluster cluster = new StandaloneCluster(root.toAbsolutePath());
    try {
      cluster.startProcesses();
      return cluster;
    } catch (IOException | RuntimeException | Error e) {
      cluster.close();
      throw e;
    }
  }

  String masterUrl() {
    return "spark://127.0.0.1:" + masterPort;
  }

  /** The Worker's folder for applications: {@code app-*}/{@code <executor>}/stderr. */
  Path workDir() {
    return work;
  }

  private void startProcesses() throws IOException {
    deleteRecursively(root);
    Files.createDirectories(work);
    Path home = sparkHome();
    masterPort = freePort();
    Process master =
        launch(
            home,
            "master",
            "org.apache.spark.deploy.master.Master",
            "--host",
            "127.0.0.1",
            "--port",
            String.valueOf(masterPort),
            "--webui-port",
            String.valueOf(freePort()));
    await(
        "the Master to listen on " + masterUrl(), () -> logHas("master", "Starting Spark master"));
    launch(
        home,
        "worker",
        "org.apache.spark.deploy.worker.Worker",
        masterUrl(),
        "--host",
        "127.0.0.1",
        "--port",
        String.valueOf(freePort()),
        "--webui-port",
        String.valueOf(freePort()),
        "--cores",
        "1",
        "--memory",
        "1g",
        "--work-dir",
        work.toString());
    await(
        "the Worker to register with the Master",
        () -> master.isAlive() && logHas("worker", "Successfully registered with master"));
  }

  /**
   * A Spark home whose jars/ links every jar of the test class path but MLTest's, RE2J and
   * Lucene's.
   */
  private Path sparkHome() throws IOException {
    Path home = root.resolve("spark-home");
    Path jars = Files.createDirectories(home.resolve("jars"));
    Path conf = Files.createDirectories(home.resolve("conf"));
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    for (String entry : classPath.split(File.pathSeparator)) {
      Path jar = Path.of(entry);
      String name = jar.getFileName().toString();
      if (name.endsWith(".jar") && Files.isRegularFile(jar) && !isShippedByMltest(jar)) {
        Path link = jars.resolve(name);
        if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          Files.createSymbolicLink(link, jar.toAbsolutePath());
        }
      }
    }
    // The executors' log configuration: warnings, plus the executor's jar fetches.
    Files.writeString(
        conf.resolve("log4j2.properties"),
        String.join(
            "\n",
            "rootLogger.level = warn",
            "rootLogger.appenderRef.stderr.ref = console",
            "appender.console.type = Console",
            "appender.console.name = console",
            "appender.console.target = SYSTEM_ERR",
            "appender.console.layout.type = PatternLayout",
            "appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n",
            "logger.executor.name = org.apache.spark.executor.Executor",
            "logger.executor.level = info",
            "logger.master.name = org.apache.spark.deploy",
            "logger.master.level = info",
            ""),
        StandardCharsets.UTF_8);
    return home;
  }

  static boolean isShippedByMltest(Path jar) {
    String name = jar.getFileName().toString();
    return name.startsWith("re2j-")
        || name.startsWith("lucene-core-")
        || name.startsWith("ml-assertions")
        || name.startsWith("ml-test-")
        || name.startsWith("mltest-");
  }

  private Process launch(Path home, String name, String mainClass, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(JavaModuleOptions.defaultModuleOptionArray()));
    command.add("-Xmx256m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-cp");
    command.add(home.resolve("conf") + File.pathSeparator + home.resolve("jars") + "/*");
    command.add(mainClass);
    command.addAll(Arrays.asList(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log(name).toFile());
    Map<String, String> env = builder.environment();
    env.remove("SPARK_TESTING");
    env.remove("SPARK_CONF_DIR");
    env.remove("SPARK_CLASSPATH");
    env.remove("SPARK_DIST_CLASSPATH");
    env.put("SPARK_HOME", home.toString());
    // The launcher otherwise looks for a Spark build's launcher/target/scala-2.13 folder.
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("SPARK_LOCAL_DIRS", Files.createDirectories(root.resolve("local")).toString());
    Process process = builder.start();
    processes.add(process);
    return process;
  }

  private Path log(String name) {
    return root.resolve(name + ".log");
  }

  private boolean logHas(String name, String text) {
    try {
      return Files.isRegularFile(log(name)) && Files.readString(log(name)).contains(text);
    } catch (IOException e) {
      return false;
    }
  }

  private void await(String what, BooleanSupplier ready) {
    long deadline = System.nanoTime() + START.toNanos();
    while (!ready.getAsBoolean()) {
      for (Process p : processes) {
        if (!p.isAlive()) {
          throw new IllegalStateException(
              "a cluster process exited (%d) while waiting for %s%n%s"
                  .formatted(p.exitValue(), what, logs()));
        }
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "waited %d s for %s%n%s".formatted(START.toSeconds(), what, logs()));
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + what, e);
      }
    }
  }

  /** The last lines of the Master's, the Worker's and every executor's log, with their paths. */
  String logs() {
    StringBuilder out = new StringBuilder();
    List<Path> files = new ArrayList<>(List.of(log("master"), log("worker")));
    try (Stream<Path> executorLogs = Files.walk(work)) {
      executorLogs.filter(p -> p.getFileName().toString().equals("stderr")).forEach(files::add);
    } catch (IOException | UncheckedIOException e) {
      out.append("(cannot list ").append(work).append(": ").append(e.getMessage()).append(")\n");
    }
    for (Path f : files) {
      out.append("---- ").append(f).append(" (last 40 lines)\n");
      try {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        lines
            .subList(Math.max(0, lines.size() - 40), lines.size())
            .forEach(l -> out.append(l).append('\n'));
      } catch (IOException e) {
        out.append("(unreadable: ").append(e.getMessage()).append(")\n");
      }
    }
    return out.toString();
  }

  /** Stops the Worker's executors, the Worker and the Master; forcibly after 10 s. */
  @Override
  public void close() {
    List<ProcessHandle> all = new ArrayList<>();
    // The Worker first, with its executors, then the Master.
    for (int i = processes.size() - 1; i >= 0; i--) {
      ProcessHandle p = processes.get(i).toHandle();
      p.descendants().forEach(all::add);
      all.add(p);
    }
    all.forEach(ProcessHandle::destroy);
    for (ProcessHandle h : all) {
      try {
        h.onExit().get(10, TimeUnit.SECONDS);
      } catch (ExecutionException | TimeoutException e) {
        h.destroyForcibly();
      } catch (InterruptedException e) {
        h.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    processes.clear();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.sorted((a, b) -> b.compareTo(a))::iterator) {
        Files.delete(p);
      }
    }
  }
}
