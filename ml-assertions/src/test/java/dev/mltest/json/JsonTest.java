package dev.mltest.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

  @Test
  void writesTheProjectLayout() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("name", "churn");
    tree.put("values", List.of(1, 2.5));
    tree.put("empty", Map.of());
    tree.put("none", List.of());
    tree.put("missing", null);

    assertThat(Json.write(tree))
        .isEqualTo(
            """
            {
              "name": "churn",
              "values": [
                1,
                2.5
              ],
              "empty": {},
              "none": [],
              "missing": null
            }
            """);
  }

  @Test
  void nonFiniteNumbersAreWrittenAsStrings() throws Exception {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("nan", Double.NaN);
    tree.put("up", Double.POSITIVE_INFINITY);
    tree.put("down", Float.NEGATIVE_INFINITY);

    JsonNode node = Json.mapper().readTree(Json.write(tree));

    assertThat(node.get("nan").asText()).isEqualTo("NaN");
    assertThat(node.get("up").asText()).isEqualTo("Infinity");
    assertThat(node.get("down").asText()).isEqualTo("-Infinity");
    assertThat(node.get("nan").isTextual()).isTrue();
  }

  @Test
  void controlCharactersAndQuotesRoundTrip() throws Exception {
    String tricky = "tab\there \"quoted\" back\\slash \u0001 line\nbreak </script> é 🔼";

    JsonNode node = Json.mapper().readTree(Json.write(Map.of("s", tricky)));

    assertThat(node.get("s").asText()).isEqualTo(tricky);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"{}", "[1, 2.5e3, -0.1]", "\"a\\u00e9\"", "null", " true ", "{\"a\": [{}]}"})
  void acceptsOneWellFormedValue(String text) {
    assertThat(Json.isValid(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "{",
        "[1,]",
        "{'a': 1}",
        "NaN",
        "01",
        "1 2",
        "{} x",
        "\"a\\x\"",
        "\"tab\there\"",
        "[1] // comment"
      })
  void rejectsAnythingElse(String text) {
    assertThat(Json.isValid(text)).isFalse();
  }
}
