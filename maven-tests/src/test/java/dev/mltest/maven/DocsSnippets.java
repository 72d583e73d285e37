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

/**
 * The code blocks of one markdown page of the docs, read as a user reads them.
 *
 * <p>A block right after a line that is only a file name in backticks and a colon ( {@code
 * `src/test/resources/com/acme/data/customers.csv`:}) is that file's content; every block keeps its
 * info string ({@code xml}, {@code shell}, …) and its line in the page.
 */
final class DocsSnippets {
  private final String page;
  private final List<Block> blocks;

  private DocsSnippets(String page, List<Block> blocks) {
    this.page = page;
    this.blocks = List.copyOf(blocks);
  }

  /** The blocks of {@code docs/<page>} (or of any markdown file given by a path). */
  static DocsSnippets of(Path markdown) {
    try {
      return parse(markdown.getFileName().toString(), Files.readAllLines(markdown, UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DocsSnippets parse(String page, List<String> lines) {
    List<Block> blocks = new ArrayList<>();
    String label = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String trimmed = line.strip();
      if (trimmed.startsWith("```")) {
        String info = trimmed.substring(3).strip();
        int start = i + 1;
        StringBuilder content = new StringBuilder();
        i++;
        while (i < lines.size() && !lines.get(i).strip().startsWith("```")) {
          content.append(lines.get(i)).append('\n');
          i++;
        }
        blocks.add(new Block(info, content.toString(), label, start));
        label = null;
      } else if (!trimmed.isEmpty()) {
        label = trimmed.matches("`[^`\\s]+`:") ? trimmed.substring(1, trimmed.length() - 2) : null;
      }
    }
    return new DocsSnippets(page, blocks);
  }

  List<Block> blocks() {
    return blocks;
  }

  /** Every labelled block, by file name, in page order. */
  Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    for (Block block : blocks) {
      if (block.file() != null) {
        files.put(block.file(), block.content());
      }
    }
    return files;
  }

  /** The labelled block for one file; fails naming the page when the docs lost it. */
  String file(String name) {
    String content = files().get(name);
    if (content == null) {
      throw new IllegalStateException(page + " has no block labelled `" + name + "`:");
    }
    return content;
  }

  /** The first block whose content contains {@code marker}. */
  Block blockContaining(String marker) {
    return blocks.stream()
        .filter(block -> block.content().contains(marker))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(page + " has no block with " + marker));
  }

  /**
   * One fenced block.
   *
   * @param file the file it is the content of, or {@code null}
   * @param line the page's line of its first content line (1-based)
   */
  record Block(String info, String content, String file, int line) {}
}
