package dev.mltest.engine.report;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.mltest.engine.Constants;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The build a test execution belongs to: executions of one build merge their results into one
 * summary, and a new build discards the results of older ones.
 *
 * <ol>
 *   <li>{@link Constants#REPORT_BUILD_ID}, when set, is the build.
 *   <li>In a JVM forked by Surefire, the build is the Maven process (the nearest ancestor process
 *       that runs {@code java}: each fork is started through a shell of its own, so the parent
 *       differs between forks) together with Surefire's run stamp, the {@code
 *       2026-12-05T07-04-18_759} of the fork's {@code …-jvmRun2} argument, which differs between
 *       two {@code mvn test} runs even in one long-lived Maven process (mvnd).
 *   <li>Otherwise (console launcher, IDE, Surefire without forks) the execution is a build of its
 *       own: its results are never mixed with another's.
 * </ol>
 *
 * @param id equal for the executions of one build, different between builds
 * @param description the same, for people: how the build was recognized
 */
record BuildIdentity(String id, String description) {
  /** The system property that Surefire sets in the JVMs it forks. */
  static final String SUREFIRE_FORK_PROPERTY = "surefire.real.class.path";

  private static final String ALONE = "execution:";

  private static final Pattern SUREFIRE_RUN = Pattern.compile("^(.+)-jvmRun[0-9]+$");

  /** The build of the running execution. */
  static BuildIdentity current(ConfigurationParameters parameters) {
    return of(
        parameters.get(Constants.REPORT_BUILD_ID).map(String::trim).filter(s -> !s.isEmpty()),
        System.getProperty(SUREFIRE_FORK_PROPERTY) != null,
        ProcessHandle.current());
  }

  /**
   * The build of an execution in process {@code self}.
   *
   * @param configured the {@link Constants#REPORT_BUILD_ID} value, if set
   * @param surefireFork whether the process is a JVM forked by Surefire
   */
  static BuildIdentity of(Optional<String> configured, boolean surefireFork, ProcessHandle self) {
    if (configured.isPresent()) {
      return new BuildIdentity(
          "configured:" + configured.get(),
          "%s=%s".formatted(Constants.REPORT_BUILD_ID, configured.get()));
    }
    if (surefireFork) {
      Optional<String> maven = javaAncestor(self);
      Optional<String> run = surefireRun(self.info().arguments().map(List::of).orElse(List.of()));
      if (maven.isPresent() || run.isPresent()) {
        String id = "surefire:" + maven.orElse("?") + ":" + run.orElse("?");
        return new BuildIdentity(
            id,
            "the Surefire run %s of the Maven process %s"
                .formatted(
                    run.orElse("(no stamp)"),
                    maven.map(m -> m.replace("@", " started ")).orElse("(not found)")));
      }
    }
    String own = self.pid() + "@" + self.info().startInstant().map(Object::toString).orElse("?");
    return new BuildIdentity(ALONE + own + ":" + UUID.randomUUID(), "this test execution alone");
  }

  /** Whether the execution is a build of its own, so that nothing is merged with it. */
  boolean alone() {
    return id.startsWith(ALONE);
  }

  /** The id as a file name: the first 16 hex digits of its SHA-256. */
  String folderName() {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** The nearest ancestor running {@code java}, as {@code pid@start}. */
  static Optional<String> javaAncestor(ProcessHandle self) {
    Optional<ProcessHandle> next = self.parent();
    while (next.isPresent()) {
      ProcessHandle process = next.get();
      ProcessHandle.Info info = process.info();
      Optional<String> command =
          info.command()
              .map(c -> c.substring(Math.max(c.lastIndexOf('/'), c.lastIndexOf('\\')) + 1));
      if (command.isPresent()
          && (command.get().equals("java") || command.get().equals("java.exe"))) {
        return Optional.of(
            process.pid() + "@" + info.startInstant().map(Object::toString).orElse("?"));
      }
      next = process.parent();
    }
    return Optional.empty();
  }

  /** Surefire's stamp of the run, from the fork's {@code <stamp>-jvmRun<n>} argument. */
  static Optional<String> surefireRun(List<String> arguments) {
    for (String argument : arguments) {
      Matcher m = SUREFIRE_RUN.matcher(argument);
      if (m.matches()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }
}
