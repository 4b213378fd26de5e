package org.newsgraph.extract.markup;

import org.jsoup.nodes.Entities;

/**
 * Decodes one character reference ({@code &amp;}, {@code &copy}, {@code &#39;}, {@code &#x27;}) as
 * jsoup's tokenizer does, using jsoup's table of named references: a named reference counts
 * without its semicolon only when it is one of the legacy names, and inside an attribute value not
 * when a letter, digit or {@code =} follows it (as the standard says and jsoup 1.24.1 does; older
 * jsoup also counted {@code -} and {@code _}); references to U+0080 to U+009F mean Windows-1252
 * characters; outside attributes, a legacy name may be the start of a longer word ({@code
 * &copy2019}). The rarer cases (U+0000, surrogates, code points out of range) are left to jsoup.
 */
final class CharacterReferences {

  private static final int MAX_DIGITS = 7;

  /**
   * What browsers, and jsoup, read references to U+0080 to U+009F as: the Windows-1252
   * characters of those bytes, or the code point itself where Windows-1252 has none.
   */
  private static final int[] WINDOWS_1252 = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178
  };

  private final int[] codepoints = new int[2];

  /**
   * Decodes the reference whose {@code &} is at {@code amp}, appending its characters to {@code
   * out}.
   *
   * @param allowed a character after {@code &} that keeps it literal ({@code "} or {@code '} in a
   *     quoted attribute value, {@code >} in an unquoted one), or 0
   * @return the index after the reference, or -1 when the {@code &} is a literal ampersand
   */
  int decode(String html, int amp, boolean inAttribute, char allowed, StringBuilder out) {
    int at = amp + 1;
    if (at >= html.length()) {
      return -1;
    }
    char first = html.charAt(at);
    if (first == allowed || isNeverReference(first)) {
      return -1;
    }
    return first == '#' ? numeric(html, at + 1, out) : named(html, at, inAttribute, out);
  }

  private static boolean isNeverReference(char c) {
    return c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == ' ' || c == '<' || c == '&';
  }

  private static int numeric(String html, int at, StringBuilder out) {
    boolean hex = at < html.length() && (html.charAt(at) == 'x' || html.charAt(at) == 'X');
    int start = hex ? at + 1 : at;
    int end = start;
    while (end < html.length() && isDigit(html.charAt(end), hex)) {
      end++;
    }
    if (end == start) {
      return -1;
    }
    if (end - start > MAX_DIGITS) {
      throw new Unsupported("numeric reference out of range");
    }
    int value = Integer.parseInt(html, start, end, hex ? 16 : 10);
    if (value == 0 || value > 0x10FFFF || isSurrogate(value)) {
      throw new Unsupported("numeric reference jsoup rewrites");
    }
    boolean windows1252 = value >= 0x80 && value < 0x80 + WINDOWS_1252.length;
    out.appendCodePoint(windows1252 ? WINDOWS_1252[value - 0x80] : value);
    return end < html.length() && html.charAt(end) == ';' ? end + 1 : end;
  }

  private static boolean isDigit(char c, boolean hex) {
    return (c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
  }

  private static boolean isSurrogate(int value) {
    return value >= 0xD800 && value <= 0xDFFF;
  }

  private int named(String html, int at, boolean inAttribute, StringBuilder out) {
    int end = at;
    while (end < html.length() && isAsciiLetter(html.charAt(end))) {
      end++;
    }
    while (end < html.length() && html.charAt(end) >= '0' && html.charAt(end) <= '9') {
      end++;
    }
    if (inAttribute && end < html.length() && continuesName(html.charAt(end))) {
      return -1; // a query parameter such as &id=: literal whether or not a reference is named so
    }
    String name = html.substring(at, end);
    boolean semicolon = end < html.length() && html.charAt(end) == ';';
    boolean found =
        Entities.isBaseNamedEntity(name) || (semicolon && Entities.isNamedEntity(name));
    if (!found) {
      String prefix = inAttribute ? "" : Entities.findPrefix(name);
      if (prefix.isEmpty()) {
        return -1;
      }
      name = prefix;
      end = at + prefix.length();
      semicolon = false;
    }
    int count = Entities.codepointsForName(name, codepoints);
    for (int i = 0; i < count; i++) {
      out.appendCodePoint(codepoints[i]);
    }
    return semicolon ? end + 1 : end;
  }

  private static boolean continuesName(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '=';
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
