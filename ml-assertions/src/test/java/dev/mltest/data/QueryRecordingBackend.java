package dev.mltest.data;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A DuckDB backend for tests that records every SQL statement run after a table is opened, so tests
 * can count the scans an evaluation costs. Only in-memory tables are supported.
 */
public final class QueryRecordingBackend implements DataBackend {
  private final Connection connection;
  private final Connection recording;
  private final List<String> queries = new ArrayList<>();
  private int tables;

  public QueryRecordingBackend() {
    try {
      connection = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = connection.createStatement()) {
        s.execute("SET preserve_insertion_order = true");
      }
    } catch (SQLException e) {
      throw new DataAccessException(e.getMessage(), e);
    }
    recording = proxy(Connection.class, connection, this::wrapStatement);
  }

  /** The statements run since the last table was opened, in order. */
  public List<String> queries() {
    return List.copyOf(queries);
  }

  @Override
  public BoundTable open(Dataset dataset) {
    BoundTable table =
        InMemoryLoader.load(recording, (InMemoryTable) dataset, "t" + ++tables, () -> {});
    queries.clear();
    return table;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new DataAccessException(e.getMessage(), e);
    }
  }

  private Object wrapStatement(Method method, Object result) {
    if (result instanceof Statement statement && method.getName().equals("createStatement")) {
      return proxy(Statement.class, statement, (m, r) -> r);
    }
    return result;
  }

  private interface ResultWrapper {
    Object wrap(Method method, Object result);
  }

  private <T> T proxy(Class<T> type, T target, ResultWrapper wrapper) {
    InvocationHandler handler =
        (self, method, args) -> {
          if (type == Statement.class
              && (method.getName().equals("executeQuery") || method.getName().equals("execute"))
              && args != null
              && args.length == 1
              && args[0] instanceof String sql) {
            queries.add(sql);
          }
          try {
            return wrapper.wrap(method, method.invoke(target, args));
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
