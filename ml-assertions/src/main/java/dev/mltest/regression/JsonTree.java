package dev.mltest.regression;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document parsed with every value's line and column, so that a wrong value in a baseline
 * file is reported where it is. Parsing uses Jackson's streaming parser with duplicate keys
 * rejected.
 */
final class JsonTree {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private JsonTree() {}

  /** A JSON value and where it starts. */
  sealed interface Node {
    int line();

    int column();

    /** What kind of value this is, for messages: object, array, string, number, boolean, null. */
    String kind();
  }

  record ObjectNode(Map<String, Node> members, int line, int column) implements Node {
    @Override
    public String kind() {
      return "an object";
    }
  }

  record ArrayNode(List<Node> elements, int line, int column) implements Node {
    @Override
    public String kind() {
      return "an array";
    }
  }

  record TextNode(String value, int line, int column) implements Node {
    @Override
    public String kind() {
      return "a string";
    }
  }

  record NumberNode(double value, boolean integral, int line, int column) implements Node {
    @Override
    public String kind() {
      return "a number";
    }
  }

  record BooleanNode(boolean value, int line, int column) implements Node {
    @Override
    public String kind() {
      return "a boolean";
    }
  }

  record NullNode(int line, int column) implements Node {
    @Override
    public String kind() {
      return "null";
    }
  }

  /** A syntax error at a place in the text. */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    SyntaxError(String message, int line, int column) {
      super(message, null, false, false);
      this.line = line;
      this.column = column;
    }
  }

  static Node parse(String text) throws SyntaxError {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new SyntaxError("the file is empty", 1, 1);
      }
      Node root = value(parser);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new SyntaxError(
            "unexpected content after the end of the document", at.getLineNr(), at.getColumnNr());
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new SyntaxError(
          e.getOriginalMessage(),
          at == null ? 1 : at.getLineNr(),
          at == null ? 1 : at.getColumnNr());
    } catch (IOException e) {
      throw new SyntaxError(String.valueOf(e.getMessage()), 1, 1);
    }
  }

  private static Node value(JsonParser parser) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Map<String, Node> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          members.put(name, value(parser));
        }
        return new ObjectNode(Collections.unmodifiableMap(members), line, column);
      }
      case START_ARRAY -> {
        List<Node> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          elements.add(value(parser));
        }
        return new ArrayNode(List.copyOf(elements), line, column);
      }
      case VALUE_STRING -> {
        return new TextNode(parser.getText(), line, column);
      }
      case VALUE_NUMBER_INT -> {
        return new NumberNode(parser.getDoubleValue(), true, line, column);
      }
      case VALUE_NUMBER_FLOAT -> {
        return new NumberNode(parser.getDoubleValue(), false, line, column);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new BooleanNode(token == JsonToken.VALUE_TRUE, line, column);
      }
      case VALUE_NULL -> {
        return new NullNode(line, column);
      }
      default -> throw new JsonParseFailure("unexpected " + token, parser);
    }
  }

  private static final class JsonParseFailure extends JsonProcessingException {
    private static final long serialVersionUID = 1L;

    JsonParseFailure(String message, JsonParser parser) {
      super(message, parser.currentTokenLocation());
    }
  }
}
