package dev.mltest.generate;

/** Whether a string is one well-formed JSON value (RFC 8259), without building it. */
final class JsonSyntax {
  private final String text;
  private int at;

  private JsonSyntax(String text) {
    this.text = text;
  }

  static boolean isValid(String text) {
    JsonSyntax parser = new JsonSyntax(text);
    try {
      parser.space();
      parser.value(0);
      parser.space();
      return parser.at == text.length();
    } catch (IllegalStateException | IndexOutOfBoundsException e) {
      return false;
    }
  }

  private void value(int depth) {
    if (depth > 64 || at >= text.length()) {
      throw new IllegalStateException();
    }
    char c = text.charAt(at);
    if (c == '{') {
      sequence('}', depth, true);
    } else if (c == '[') {
      sequence(']', depth, false);
    } else if (c == '"') {
      string();
    } else if (c == '-' || Character.isDigit(c)) {
      number();
    } else if (!literal("true") && !literal("false") && !literal("null")) {
      throw new IllegalStateException();
    }
  }

  private void sequence(char close, int depth, boolean members) {
    at++;
    space();
    if (peek() == close) {
      at++;
      return;
    }
    while (true) {
      if (members) {
        string();
        space();
        expect(':');
        space();
      }
      value(depth + 1);
      space();
      if (peek() == ',') {
        at++;
        space();
      } else {
        expect(close);
        return;
      }
    }
  }

  private void string() {
    expect('"');
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c == '"') {
        return;
      }
      if (c < 0x20) {
        throw new IllegalStateException();
      }
      if (c == '\\') {
        char e = text.charAt(at++);
        if (e == 'u') {
          for (int i = 0; i < 4; i++) {
            if (Character.digit(text.charAt(at++), 16) < 0) {
              throw new IllegalStateException();
            }
          }
        } else if ("\"\\/bfnrt".indexOf(e) < 0) {
          throw new IllegalStateException();
        }
      }
    }
    throw new IllegalStateException();
  }

  private void number() {
    int start = at;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    if (!text.substring(start, at).matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
      throw new IllegalStateException();
    }
  }

  private boolean literal(String word) {
    if (text.startsWith(word, at)) {
      at += word.length();
      return true;
    }
    return false;
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private void expect(char c) {
    if (peek() != c) {
      throw new IllegalStateException();
    }
    at++;
  }

  private void space() {
    while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }
}
