package dev.mltest.lineage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads the DVC pointer file {@code <file>.dvc} that {@code dvc add <file>} writes beside a data
 * file: YAML whose {@code outs} list has an entry with the file's {@code path} and its {@code md5}.
 * A missing or unreadable pointer means no DVC hash; lineage is informative and never fails a run.
 */
final class DvcPointer {
  private static final System.Logger LOG = System.getLogger(DvcPointer.class.getName());

  private DvcPointer() {}

  /** The {@code md5} DVC records for the file, if a readable pointer file sits beside it. */
  static @Nullable String md5(Path file) {
    Path pointer = file.resolveSibling(file.getFileName() + ".dvc");
    if (!Files.isRegularFile(pointer)) {
      return null;
    }
    try {
      Object yaml =
          new Load(LoadSettings.builder().setLabel(pointer.toString()).build())
              .loadFromString(Files.readString(pointer, StandardCharsets.UTF_8));
      return outs(yaml).stream()
          .flatMap(out -> entry(out, file.getFileName().toString()).stream())
          .findFirst()
          .orElse(null);
    } catch (IOException | YamlEngineException e) {
      LOG.log(System.Logger.Level.WARNING, () -> "cannot read " + pointer + ": " + e.getMessage());
      return null;
    }
  }

  private static List<?> outs(@Nullable Object yaml) {
    return yaml instanceof Map<?, ?> map && map.get("outs") instanceof List<?> outs
        ? outs
        : List.of();
  }

  private static Optional<String> entry(Object out, String fileName) {
    if (out instanceof Map<?, ?> entry
        && fileName.equals(String.valueOf(entry.get("path")))
        && entry.get("md5") != null) {
      return Optional.of(String.valueOf(entry.get("md5")));
    }
    return Optional.empty();
  }
}
