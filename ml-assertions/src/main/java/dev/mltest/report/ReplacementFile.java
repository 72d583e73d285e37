package dev.mltest.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.apiguardian.api.API;

/**
 * The temporary file that a baseline, report or seed file is written to before it atomically
 * replaces the real one. {@link Files#createTempFile} makes it {@code 0600}, and a rename keeps
 * that mode, so a baseline committed to git or a report served by CI would silently become private
 * to its writer. This file instead gets the mode the user would expect: the previous file's, or,
 * for a new file, the default the umask gives ({@code 0644} under the usual {@code 022}).
 *
 * <pre>{@code
 * Path temporary = ReplacementFile.beside(target);
 * Files.writeString(temporary, content);
 * Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class ReplacementFile {
  private ReplacementFile() {}

  /**
   * A new, empty file in the target's folder, named {@code .<target name>.<random>.tmp}, with the
   * target's permissions if the target exists and the umask's default otherwise.
   */
  public static Path beside(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = Objects.requireNonNull(absolute.getParent(), () -> "not a file: " + target);
    for (int attempt = 0; ; attempt++) {
      Path temporary =
          folder.resolve(
              ".%s.%08x.tmp"
                  .formatted(absolute.getFileName(), ThreadLocalRandom.current().nextInt()));
      try {
        // No attributes: the file system applies the umask to 0666, as for any new file.
        Files.createFile(temporary);
      } catch (FileAlreadyExistsException e) {
        if (attempt < 100) {
          continue;
        }
        throw e;
      }
      keepMode(absolute, temporary);
      return temporary;
    }
  }

  private static void keepMode(Path previous, Path temporary) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
    if (view != null && Files.exists(previous)) {
      view.setPermissions(Files.getPosixFilePermissions(previous));
    }
  }
}
