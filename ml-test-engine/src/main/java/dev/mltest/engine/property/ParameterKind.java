package dev.mltest.engine.property;

import dev.mltest.data.InMemoryTable;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;

/** What a property method receives: a generated table or one generated row. */
enum ParameterKind {
  /** An {@code InMemoryTable}. */
  TABLE,
  /** A {@code Map<String, Object>} of column name to value. */
  ROW;

  /**
   * The kind of the method's one parameter.
   *
   * @throws PropertyDefinitionException for any other signature
   */
  static ParameterKind of(Method method) {
    Type[] types = method.getGenericParameterTypes();
    if (types.length == 1) {
      if (types[0] == InMemoryTable.class) {
        return TABLE;
      }
      if (types[0] == Map.class || isStringKeyedMap(types[0])) {
        return ROW;
      }
    }
    throw new PropertyDefinitionException(
        "@PropertyTest method %s must take one parameter, an InMemoryTable (a generated table) or a Map<String, Object> (a generated row); found (%s)"
            .formatted(
                method.getName(),
                String.join(", ", java.util.Arrays.stream(types).map(Type::getTypeName).toList())));
  }

  private static boolean isStringKeyedMap(Type type) {
    return type instanceof ParameterizedType p
        && p.getRawType() == Map.class
        && p.getActualTypeArguments()[0] == String.class;
  }
}
