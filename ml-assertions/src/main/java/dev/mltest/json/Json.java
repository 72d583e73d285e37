package dev.mltest.json;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The shared Jackson mapper and the layout of every JSON file MLTest writes: two-space indentation,
 * {@code "key": value}, one array element a line, {@code {}} and {@code []} when empty, a final
 * newline, and keys in the order the writer put them (a {@code LinkedHashMap} tree), so files diff
 * well in reviews.
 *
 * <p>Numbers JSON cannot hold: a {@code NaN} or infinite double is written as the string {@code
 * "NaN"}, {@code "Infinity"} or {@code "-Infinity"} (Jackson's own default), never as a bare token
 * that strict readers reject and never as {@code null}, which would lose the value. Readers of our
 * own files accept those strings, and {@code null}, where a number is expected.
 *
 * <pre>{@code
 * String text = Json.write(Map.of("accuracy", 0.91, "auc", Double.NaN));
 * // {"accuracy": 0.91, "auc": "NaN"}, indented
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class Json {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final ObjectWriter WRITER = MAPPER.writer(new Layout());

  private Json() {}

  /** The one configured mapper, for readers that want a tree or a streaming parser. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The factory behind {@link #mapper()}, for streaming writers and readers. */
  public static JsonFactory factory() {
    return MAPPER.getFactory();
  }

  /**
   * A tree of maps (string keys), lists, strings, numbers, booleans, nulls or Jackson nodes as
   * indented JSON with a final newline.
   *
   * @throws IllegalArgumentException if the tree holds a value that is none of those
   */
  public static String write(@Nullable Object tree) {
    try {
      return WRITER.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON tree: " + e.getOriginalMessage(), e);
    }
  }

  /** Sets the project's layout on a streaming generator. */
  public static JsonGenerator pretty(JsonGenerator generator) {
    return generator.setPrettyPrinter(new Layout());
  }

  /**
   * Whether the text is exactly one well-formed JSON value (RFC 8259): no trailing content, no
   * comments, no bare {@code NaN}. Jackson's parser reads every token, so strings and numbers are
   * checked as well as the structure.
   */
  public static boolean isValid(String text) {
    try (JsonParser parser = MAPPER.createParser(text)) {
      if (parser.nextToken() == null) {
        return false;
      }
      parser.skipChildren();
      return parser.nextToken() == null;
    } catch (IOException e) {
      return false;
    }
  }

  /** Jackson's pretty printer with our separators and {@code {}} / {@code []} when empty. */
  private static final class Layout extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;

    Layout() {
      super(
          Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
              .withRootSeparator(""));
      indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
      indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    }

    @Override
    public Layout createInstance() {
      return new Layout();
    }

    @Override
    public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
      if (nrOfEntries == 0) {
        _nesting--;
        g.writeRaw('}');
        return;
      }
      super.writeEndObject(g, nrOfEntries);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
      if (nrOfValues == 0) {
        _nesting--;
        g.writeRaw(']');
        return;
      }
      super.writeEndArray(g, nrOfValues);
    }
  }
}
