package org.newsgraph.extract.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A forgiving JSON reader for the JSON-LD pages embed: it accepts trailing commas, comments,
 * control characters in strings and single-quoted strings, as browsers' pages often need. Objects
 * become {@link Map}s, arrays {@link List}s, and strings, numbers and literals {@link String}s
 * ({@code null} stays {@code null}).
 */
final class LenientJson {

  /** Thrown for text that is not JSON even leniently. */
  static final class MalformedJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedJsonException(String message, int position) {
      super(message + " at character " + position);
    }
  }

  private static final int MAX_DEPTH = 64;

  private final String text;
  private int pos;

  private LenientJson(String text) {
    this.text = text;
  }

  /** The value {@code text} holds; throws {@link MalformedJsonException} when it holds none. */
  static Object parse(String text) {
    LenientJson reader = new LenientJson(text);
    Object value = reader.value(0);
    reader.skipSpace();
    if (reader.pos < text.length() && text.charAt(reader.pos) != ';') {
      throw reader.error("unexpected text after the value");
    }
    return value;
  }

  /** The value {@code text} holds, or empty when it is not JSON even leniently. */
  static Optional<Object> tryParse(String text) {
    try {
      return Optional.ofNullable(parse(text));
    } catch (MalformedJsonException e) {
      return Optional.empty();
    }
  }

  private Object value(int depth) {
    if (depth > MAX_DEPTH) {
      throw error("nested too deeply");
    }
    skipSpace();
    if (pos >= text.length()) {
      throw error("unexpected end");
    }
    char c = text.charAt(pos);
    if (c == '{') {
      return object(depth);
    }
    if (c == '[') {
      return array(depth);
    }
    if (c == '"' || c == '\'') {
      return string(c);
    }
    return bareword();
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    pos++;
    while (true) {
      skipSpace();
      if (pos >= text.length()) {
        throw error("unterminated object");
      }
      char c = text.charAt(pos);
      if (c == '}') {
        pos++;
        return map;
      }
      if (c == ',') {
        pos++;
        continue;
      }
      String key = c == '"' || c == '\'' ? string(c) : String.valueOf(bareword());
      skipSpace();
      if (pos >= text.length() || text.charAt(pos) != ':') {
        throw error("expected ':'");
      }
      pos++;
      map.put(key, value(depth + 1));
    }
  }

  private List<Object> array(int depth) {
    List<Object> list = new ArrayList<>();
    pos++;
    while (true) {
      skipSpace();
      if (pos >= text.length()) {
        throw error("unterminated array");
      }
      char c = text.charAt(pos);
      if (c == ']') {
        pos++;
        return list;
      }
      if (c == ',') {
        pos++;
        continue;
      }
      list.add(value(depth + 1));
    }
  }

  private String string(char quote) {
    StringBuilder out = new StringBuilder();
    pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == quote) {
        return out.toString();
      }
      if (c != '\\' || pos >= text.length()) {
        out.append(c);
        continue;
      }
      char e = text.charAt(pos++);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> out.append(unicodeEscape());
        default -> out.append(e);
      }
    }
    throw error("unterminated string");
  }

  private char unicodeEscape() {
    if (pos + 4 > text.length()) {
      throw error("short unicode escape");
    }
    try {
      char c = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
      pos += 4;
      return c;
    } catch (NumberFormatException e) {
      throw error("bad unicode escape");
    }
  }

  private String bareword() {
    int start = pos;
    while (pos < text.length() && ",:]}".indexOf(text.charAt(pos)) < 0
        && !Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
    if (pos == start) {
      throw error("unexpected character '" + text.charAt(pos) + "'");
    }
    String word = text.substring(start, pos);
    return word.equals("null") ? null : word;
  }

  private void skipSpace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (Character.isWhitespace(c)) {
        pos++;
      } else if (text.startsWith("//", pos)) {
        int end = text.indexOf('\n', pos);
        pos = end < 0 ? text.length() : end + 1;
      } else if (text.startsWith("/*", pos)) {
        int end = text.indexOf("*/", pos + 2);
        pos = end < 0 ? text.length() : end + 2;
      } else {
        return;
      }
    }
  }

  private MalformedJsonException error(String message) {
    return new MalformedJsonException(message, pos);
  }
}
