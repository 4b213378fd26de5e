package org.newsgraph.extract.html;

import java.util.Arrays;

/**
 * The text of the block being built, whitespace-normalised as it is added: each run of spacing
 * becomes one space, none at the start, and invisible characters (zero-width space, soft hyphen)
 * are left out. It counts words ({@code \w} runs) on the way. A text node is copied into the
 * buffer in bulk and normalised in place, which costs far less than appending it to a {@link
 * StringBuilder} run by run.
 */
final class BlockText {

  private char[] buffer = new char[1024];
  private int length;
  private boolean pendingSpace;
  private boolean inWord;
  private int words;

  /** Adds the text of a text node; returns how many visible characters it added. */
  int append(String raw) {
    int n = raw.length();
    if (length + n + 1 > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + n + 1));
    }
    char[] b = buffer;
    // Normalised in place: a run of spacing gives at most the one space that the extra slot
    // before the copy leaves room for, so writing never overtakes reading.
    int read = length + 1;
    int end = read + n;
    raw.getChars(0, n, b, read);
    int write = length;
    int visible = 0;
    for (; read < end; read++) {
      char c = b[read];
      if (isSpace(c)) {
        pendingSpace = write > 0;
        inWord = false;
        continue;
      }
      if (isInvisible(c)) {
        continue;
      }
      if (pendingSpace) {
        b[write++] = ' ';
        pendingSpace = false;
      }
      boolean wordChar = isWordChar(c);
      if (wordChar && !inWord) {
        words++;
      }
      inWord = wordChar;
      b[write++] = c;
      visible++;
    }
    length = write;
    return visible;
  }

  /** A line break kept within the block: it separates words like a space. */
  void lineBreak() {
    pendingSpace = length > 0;
    inWord = false;
  }

  boolean isEmpty() {
    return length == 0;
  }

  String text() {
    return new String(buffer, 0, length);
  }

  int words() {
    return words;
  }

  /** Starts a new block. */
  void clear() {
    length = 0;
    pendingSpace = false;
    words = 0;
    inWord = false;
  }

  /**
   * Whether {@code c} is spacing: ASCII space and tab to carriage return, and beyond ASCII what
   * Java calls whitespace or a space character (no-break, ideographic, em and the other Unicode
   * spaces, line and paragraph separators), listed so that no character table is read.
   */
  static boolean isSpace(char c) {
    if (c < 128) {
      return c == ' ' || (c >= '\t' && c <= '\r');
    }
    return c == '\u00a0'
        || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200a')
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u202f'
        || c == '\u205f'
        || c == '\u3000';
  }

  /** Whether {@code c} is part of a word as the benchmark counts words ({@code \w}). */
  private static boolean isWordChar(char c) {
    if (c < 128) {
      char lower = (char) (c | 0x20);
      return (lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }
    return Character.isLetterOrDigit(c);
  }

  private static boolean isInvisible(char c) {
    return c == '\u200b' || c == '\u00ad' || c == '\ufeff' || c == '\u2060';
  }
}
