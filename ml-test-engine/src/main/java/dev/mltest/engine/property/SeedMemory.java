package dev.mltest.engine.property;

import dev.mltest.report.ReplacementFile;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Remembers the seeds of failed property tests in a properties file (unique id = seed), so the next
 * run tries the failing seed first, until the test passes. A file that cannot be read or written
 * only costs the memory, never the test.
 */
final class SeedMemory {
  private static final Object LOCK = new Object();
  private static final System.Logger LOG = System.getLogger(SeedMemory.class.getName());

  private final @Nullable Path file;

  SeedMemory(@Nullable Path file) {
    this.file = file;
  }

  Optional<Long> recall(String test) {
    if (file == null) {
      return Optional.empty();
    }
    synchronized (LOCK) {
      String value = read().getProperty(test);
      try {
        return value == null ? Optional.empty() : Optional.of(Long.parseLong(value.trim()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
  }

  void remember(String test, long seed) {
    update(test, Long.toString(seed));
  }

  void forget(String test) {
    update(test, null);
  }

  private void update(String test, @Nullable String seed) {
    if (file == null) {
      return;
    }
    synchronized (LOCK) {
      Properties seeds = read();
      if (seed == null ? seeds.remove(test) == null : seed.equals(seeds.setProperty(test, seed))) {
        return;
      }
      try {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = ReplacementFile.beside(file);
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
          seeds.store(
              out,
              "Seeds of failed MLTest property tests, tried first on the next run; delete a line to forget it");
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        LOG.log(
            System.Logger.Level.WARNING,
            "cannot write property seeds to " + file + ": " + e.getMessage());
      }
    }
  }

  private Properties read() {
    Properties seeds = new Properties();
    if (file != null && Files.isRegularFile(file)) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        seeds.load(in);
      } catch (IOException | IllegalArgumentException e) {
        LOG.log(
            System.Logger.Level.WARNING,
            "cannot read property seeds from " + file + ": " + e.getMessage());
      }
    }
    return seeds;
  }
}
