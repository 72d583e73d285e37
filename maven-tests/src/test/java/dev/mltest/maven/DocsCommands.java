package dev.mltest.maven;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Every {@code mvn} and console-launcher command the docs show, in code blocks or inline. */
final class DocsCommands {
  private static final Pattern INLINE = Pattern.compile("`((?:mvn|java -jar) [^`]+)`");
  private static final Pattern BLOCK_LINE =
      Pattern.compile("^\\s*(?:\\$ )?((?:mvn|java -jar) .+)$");

  private DocsCommands() {}

  /** Each command once, with where it was first shown ({@code page:line}). */
  static Map<String, String> all(Path reactorRoot) {
    List<Path> pages = new ArrayList<>();
    try (Stream<Path> docs = Files.walk(reactorRoot.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pages.add(reactorRoot.resolve("README.md"));
    pages.add(reactorRoot.resolve("examples/README.md"));
    Map<String, String> commands = new LinkedHashMap<>();
    for (Path page : pages) {
      collect(reactorRoot.relativize(page).toString(), read(page), commands);
    }
    return commands;
  }

  static void collect(String page, List<String> lines, Map<String, String> commands) {
    boolean inBlock = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().startsWith("```")) {
        inBlock = !inBlock;
        continue;
      }
      List<String> found = new ArrayList<>();
      if (inBlock) {
        Matcher m = BLOCK_LINE.matcher(line);
        if (m.matches()) {
          found.add(m.group(1).strip());
        }
      } else {
        Matcher m = INLINE.matcher(line);
        while (m.find()) {
          found.add(m.group(1).strip());
        }
      }
      for (String command : found) {
        for (String part : command.split(" && ")) {
          commands.putIfAbsent(part.strip(), page + ":" + (i + 1));
        }
      }
    }
  }

  /** A command line split into words as a POSIX shell would (quotes removed). */
  static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    boolean any = false;
    for (char c : command.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '#' && !any && word.length() == 0) {
        break; // a shell comment runs to the end of the line
      } else if (c == '\'' || c == '"') {
        quote = c;
        any = true;
      } else if (Character.isWhitespace(c)) {
        if (any || word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
          any = false;
        }
      } else {
        word.append(c);
      }
    }
    if (any || word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  private static List<String> read(Path page) {
    try {
      return Files.readAllLines(page, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
