package org.newsgraph.extract.markup;

/**
 * Finds the end tag of a script whose text holds {@code <!--}, through the script data escape
 * states as jsoup's tokenizer runs them: inside {@code <!--} a {@code <script>} opens a nested,
 * "double escaped" script, in which {@code </script>} does not end the outer one; {@code -->}
 * leaves either state.
 */
final class ScriptEnd {

  private static final String SCRIPT = "script";

  /** Where the tokenizer is inside the script's text. */
  private enum State {
    DATA,
    ESCAPED,
    DOUBLE_ESCAPED
  }

  private final char[] chars;
  private State state = State.DATA;
  private int dashes;

  private ScriptEnd(char[] chars) {
    this.chars = chars;
  }

  /** The index of the {@code <} of the end tag of the script whose text starts at {@code from}. */
  static int find(char[] chars, int from) {
    return new ScriptEnd(chars).scan(from);
  }

  private int scan(int from) {
    int at = from;
    while (at < chars.length) {
      char c = chars[at];
      if (state != State.DATA && c == '-') {
        dashes++;
        at++;
      } else if (state != State.DATA && c == '>') {
        if (dashes >= 2) {
          state = State.DATA;
        }
        dashes = 0;
        at++;
      } else if (c == '<') {
        dashes = 0;
        if (state != State.DOUBLE_ESCAPED && isEndTag(at)) {
          return at;
        }
        at = afterLessThan(at);
      } else {
        dashes = 0;
        at++;
      }
    }
    throw new Unsupported("script without its end tag");
  }

  /** Moves past a {@code <}, changing state where it opens a comment or a nested script. */
  private int afterLessThan(int at) {
    int next = at + 1;
    if (state == State.DATA) {
      if (startsWith(next, "!--")) {
        state = State.ESCAPED;
        dashes = 2;
        return next + 3;
      }
      return next;
    }
    boolean closing = state == State.DOUBLE_ESCAPED;
    int word = closing ? next + 1 : next;
    if (closing && (next >= chars.length || chars[next] != '/')) {
      return next;
    }
    int end = word;
    while (end < chars.length && CharacterReferences.isAsciiLetter(chars[end])) {
      end++;
    }
    if (end == word || end >= chars.length || !isTagEnd(chars[end])) {
      return Math.max(end, next);
    }
    String tagName = new String(chars, word, end - word);
    if (!tagName.equals(SCRIPT)) {
      if (tagName.equalsIgnoreCase(SCRIPT)) {
        throw new Unsupported("script tag in capitals inside an escaped script");
      }
      return end;
    }
    state = closing ? State.ESCAPED : State.DOUBLE_ESCAPED;
    return end + 1;
  }

  /** Whether {@code </script>} starts at {@code at}; one with attributes is left to jsoup. */
  private boolean isEndTag(int at) {
    int after = at + 2 + SCRIPT.length();
    if (!startsWith(at, "</") || after >= chars.length
        || !new String(chars, at + 2, SCRIPT.length()).equalsIgnoreCase(SCRIPT)) {
      return false;
    }
    if (chars[after] == '>') {
      return true;
    }
    if (MarkupScanner.isSpace(chars[after]) || chars[after] == '/') {
      throw new Unsupported("end tag of raw text with attributes");
    }
    return false;
  }

  private static boolean isTagEnd(char c) {
    return MarkupScanner.isSpace(c) || c == '/' || c == '>';
  }

  private boolean startsWith(int at, String text) {
    if (at + text.length() > chars.length) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (chars[at + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
