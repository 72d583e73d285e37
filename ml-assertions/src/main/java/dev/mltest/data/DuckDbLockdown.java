package dev.mltest.data;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Locks a DuckDB database down once its datasets are bound: only the named files may be read, no
 * other file system or network access, no extension installed or loaded, and the configuration
 * cannot be changed back. Checked on DuckDB 1.5.6 (see {@code docs/security.md}).
 */
final class DuckDbLockdown {
  private DuckDbLockdown() {}

  /**
   * Applies the lockdown.
   *
   * @param allowedPaths every string a bound view reads a file by (the escaped pattern and the
   *     file's real path): DuckDB checks the string as written
   */
  static void apply(Statement s, Collection<String> allowedPaths) throws SQLException {
    if (!allowedPaths.isEmpty()) {
      s.execute(
          "SET allowed_paths = "
              + allowedPaths.stream()
                  .map(DuckDbSql.SQL::string)
                  .collect(Collectors.joining(", ", "[", "]")));
    }
    s.execute("SET enable_external_access = false");
    s.execute("SET autoinstall_known_extensions = false");
    s.execute("SET autoload_known_extensions = false");
    s.execute("SET lock_configuration = true");
  }
}
