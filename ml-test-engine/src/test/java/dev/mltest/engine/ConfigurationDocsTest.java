package dev.mltest.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigurationDocsTest {

  @Test
  void everyConfigurationKeyIsDocumented() throws IOException {
    String docs = Files.readString(Path.of("../docs/configuration.md"));
    List<String> keys =
        Arrays.stream(Constants.class.getFields())
            .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
            .filter(f -> !f.getName().endsWith("_DEFAULT") && !f.getName().equals("ENGINE_ID"))
            .map(ConfigurationDocsTest::value)
            .toList();
    assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(key).startsWith("mltest."));
    assertThat(keys)
        .allSatisfy(
            key ->
                assertThat(docs)
                    .as("docs/configuration.md documents %s", key)
                    .contains("`" + key + "`"));
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
