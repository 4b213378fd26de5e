package org.newsgraph.extract.markup;

import java.util.Locale;
import org.jsoup.nodes.Attributes;

/**
 * Splits HTML into the tokens jsoup's tokenizer would emit (text, start and end tags, comments, a
 * doctype), for the common forms of each; any other form throws {@link Unsupported}. A run of text
 * between two other tokens is one token, with character references decoded. The content of
 * script, style, title and the like is read by {@link #rawText} once the tree builder has seen
 * their start tag.
 */
final class MarkupScanner {

  /** What {@link #next()} found. */
  enum Token {
    TEXT,
    START_TAG,
    END_TAG,
    COMMENT,
    DOCTYPE,
    END_OF_FILE
  }

  /** How the content of an element that holds raw text is read. */
  enum RawText {
    /** title, textarea: character references are decoded. */
    RCDATA,
    /** style, xmp, iframe: read as is up to the end tag. */
    RAWTEXT,
    /** script: as RAWTEXT, but inside {@code <!--} a {@code <script>} nests ({@link ScriptEnd}). */
    SCRIPT
  }

  private static final int MAX_ATTRIBUTES = 100;

  private final String html;
  private final char[] chars;
  private final int length;
  private final CharacterReferences references = new CharacterReferences();
  private final StringBuilder buffer = new StringBuilder();
  private final ForwardSearch lessThans;
  private final ForwardSearch ampersands;
  private final ForwardSearch commentStarts;
  private int pos;

  private String text;
  private String rest;
  private String name;
  private Attributes attributes;
  private int attributeCount;
  private boolean selfClosing;
  private String publicId;
  private String systemId;
  private String pubSysKey;

  MarkupScanner(String html) {
    if (html.indexOf(0) >= 0) {
      throw new Unsupported("NUL character");
    }
    this.html = html;
    this.chars = html.toCharArray();
    this.length = chars.length;
    this.lessThans = new ForwardSearch(html, "<");
    this.ampersands = new ForwardSearch(html, "&");
    this.commentStarts = new ForwardSearch(html, "<!--");
  }

  /** Reads the next token. */
  Token next() {
    if (pos >= length) {
      return Token.END_OF_FILE;
    }
    if (chars[pos] == '<' && pos + 1 < length) {
      char next = chars[pos + 1];
      if (CharacterReferences.isAsciiLetter(next)) {
        return startTag();
      }
      if (next == '/') {
        return endTag();
      }
      if (next == '!') {
        return declaration();
      }
      if (next == '?') {
        throw new Unsupported("processing instruction");
      }
    }
    return readText();
  }

  /**
   * Splits a TEXT token that starts with whitespace and goes on with other characters, as jsoup
   * does outside the body: the token becomes the whitespace, and {@link #takeRestOfText} moves it
   * on to the rest.
   *
   * @return whether the token was split
   */
  boolean splitLeadingWhitespace() {
    int end = 0;
    while (end < text.length() && isSpace(text.charAt(end))) {
      end++;
    }
    if (end == 0 || end == text.length()) {
      return false;
    }
    rest = text.substring(end);
    text = text.substring(0, end);
    return true;
  }

  /** Makes the rest of a split TEXT token the current text. */
  void takeRestOfText() {
    text = rest;
    rest = null;
  }

  /** The decoded text of a TEXT token, or the data of a COMMENT. */
  String text() {
    return text;
  }

  /** The lower-case name of a tag or of the doctype. */
  String name() {
    return name;
  }

  /** The attributes of a start tag, in order, without duplicates; null when it has none. */
  Attributes attributes() {
    return attributes;
  }

  boolean selfClosing() {
    return selfClosing;
  }

  String publicId() {
    return publicId;
  }

  String systemId() {
    return systemId;
  }

  /** {@code PUBLIC}, {@code SYSTEM} or null, as jsoup records it for the doctype. */
  String pubSysKey() {
    return pubSysKey;
  }

  /**
   * Reads the content of the element {@code element} whose start tag was just read, up to and
   * including its end tag.
   *
   * @return the content, empty when there is none
   */
  String rawText(String element, RawText kind) {
    int end = findEndTag(element, pos);
    if (kind == RawText.SCRIPT && commentStarts.from(pos) < end) {
      end = ScriptEnd.find(chars, pos);
    }
    String content;
    if (kind == RawText.RCDATA) {
      buffer.setLength(0);
      appendDecoded(pos, end, false, (char) 0);
      content = buffer.toString();
    } else {
      content = substring(pos, end);
    }
    pos = end + element.length() + 3;
    return content;
  }

  /** Skips one line break right after the start tag, as {@code pre} and {@code listing} do. */
  void skipLineBreak() {
    if (pos < length && chars[pos] == '\n') {
      pos++;
    } else if (pos < length && chars[pos] == '\r') {
      if (pos + 1 >= length || chars[pos + 1] != '\n') {
        throw new Unsupported("carriage return alone after <pre>");
      }
      pos += 2;
    }
  }

  private int findEndTag(String element, int from) {
    int at = from;
    while (true) {
      int open = html.indexOf("</", at);
      if (open < 0) {
        throw new Unsupported("raw text without its end tag");
      }
      int after = open + 2 + element.length();
      if (html.regionMatches(true, open + 2, element, 0, element.length()) && after < length) {
        char c = chars[after];
        if (c == '>') {
          return open;
        }
        if (isSpace(c) || c == '/') {
          throw new Unsupported("end tag of raw text with attributes");
        }
      }
      at = open + 2;
    }
  }

  /** The index of {@code needle} starting in [from, to), or -1. */
  private int indexOf(String needle, int from, int to) {
    char first = needle.charAt(0);
    for (int i = from; i < to; i++) {
      if (chars[i] == first && html.startsWith(needle, i)) {
        return i;
      }
    }
    return -1;
  }

  private Token readText() {
    buffer.setLength(0);
    int start = pos;
    int runStart = pos;
    boolean decoded = false;
    while (pos < length) {
      int lessThan = lessThans.from(pos);
      int ampersand = ampersands.from(pos);
      if (ampersand < lessThan) {
        buffer.append(chars, runStart, ampersand - runStart);
        pos = decodeReference(ampersand, false, (char) 0);
        runStart = pos;
        decoded = true;
      } else if (lessThan + 1 < length && startsToken(chars[lessThan + 1])) {
        pos = lessThan;
        break;
      } else {
        pos = Math.min(lessThan + 1, length);
      }
    }
    if (decoded) {
      buffer.append(chars, runStart, pos - runStart);
      text = buffer.toString();
    } else {
      text = substring(start, pos);
    }
    return Token.TEXT;
  }

  /**
   * Appends the text of the reference at {@code amp}, or the ampersand when it starts none;
   * returns the index after what it read.
   */
  private int decodeReference(int amp, boolean inAttribute, char allowed) {
    int after = references.decode(html, amp, inAttribute, allowed, buffer);
    if (after < 0) {
      buffer.append('&');
      return amp + 1;
    }
    return after;
  }

  private static boolean startsToken(char afterLessThan) {
    return CharacterReferences.isAsciiLetter(afterLessThan)
        || afterLessThan == '/'
        || afterLessThan == '!'
        || afterLessThan == '?';
  }

  private Token startTag() {
    int at = readName(pos + 1);
    attributes = null;
    selfClosing = false;
    while (true) {
      at = skipSpace(at);
      if (at >= length) {
        throw new Unsupported("tag cut by the end of the page");
      }
      char c = chars[at];
      if (c == '>') {
        pos = at + 1;
        return Token.START_TAG;
      }
      if (c == '/') {
        if (at + 1 < length && chars[at + 1] == '>') {
          selfClosing = true;
          pos = at + 2;
          return Token.START_TAG;
        }
        at++;
        continue;
      }
      at = readAttribute(at);
    }
  }

  private Token endTag() {
    if (pos + 2 >= length || !CharacterReferences.isAsciiLetter(chars[pos + 2])) {
      throw new Unsupported("end tag without a name");
    }
    int at = skipSpace(readName(pos + 2));
    if (at >= length || chars[at] != '>') {
      throw new Unsupported("end tag with attributes");
    }
    pos = at + 1;
    return Token.END_TAG;
  }

  /** Reads a tag name starting at {@code at} into {@link #name}; returns the index after it. */
  private int readName(int at) {
    int end = at;
    boolean upper = false;
    while (end < length) {
      char c = chars[end];
      if (c >= 'A' && c <= 'Z') {
        upper = true;
      } else if (!isNameChar(c)) {
        break;
      }
      end++;
    }
    if (end < length && !isSpace(chars[end]) && chars[end] != '/'
        && chars[end] != '>') {
      throw new Unsupported("unusual character in a tag name");
    }
    name = upper ? asciiLowerCase(at, end) : substring(at, end);
    return end;
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '_'
        || c == '.';
  }

  private int readAttribute(int at) {
    int end = at + 1;
    boolean plain = isPlainNameChar(chars[at]);
    while (end < length) {
      char c = chars[end];
      if (isSpace(c) || c == '=' || c == '>' || c == '/') {
        break;
      }
      plain &= isPlainNameChar(c);
      end++;
    }
    String key = plain ? substring(at, end) : attributeName(at, end);
    String value = null;
    int next = skipSpace(end);
    if (next < length && chars[next] == '=') {
      next = skipSpace(next + 1);
      if (next >= length) {
        throw new Unsupported("tag cut by the end of the page");
      }
      char quote = chars[next];
      if (quote == '"' || quote == '\'') {
        int close = html.indexOf(quote, next + 1);
        if (close < 0) {
          throw new Unsupported("unclosed attribute value");
        }
        value = attributeValue(next + 1, close, quote);
        next = close + 1;
      } else {
        int close = next;
        while (close < length && !isSpace(chars[close]) && chars[close] != '>') {
          close++;
        }
        if (close == next) {
          throw new Unsupported("attribute with = and no value");
        }
        value = attributeValue(next, close, '>');
        next = close;
      }
    } else {
      next = end;
    }
    addAttribute(key, value);
    return next;
  }

  private static boolean isPlainNameChar(char c) {
    return c > ' ' && c < 0x7F && !(c >= 'A' && c <= 'Z');
  }

  /**
   * An attribute name with capitals or characters beyond ASCII, lower-cased as jsoup does; one
   * with control characters is left to jsoup, which trims them.
   */
  private String attributeName(int start, int end) {
    for (int i = start; i < end; i++) {
      char c = chars[i];
      if (c < ' ' || (c >= 0x7F && c <= 0x9F)) {
        throw new Unsupported("control character in an attribute name");
      }
    }
    return substring(start, end).toLowerCase(Locale.ENGLISH);
  }

  private String attributeValue(int start, int end, char allowed) {
    if (ampersands.from(start) >= end) {
      return substring(start, end);
    }
    buffer.setLength(0);
    appendDecoded(start, end, true, allowed);
    return buffer.toString();
  }

  private void appendDecoded(int start, int end, boolean inAttribute, char allowed) {
    int at = start;
    for (int amp = ampersands.from(at); amp < end; amp = ampersands.from(at)) {
      buffer.append(chars, at, amp - at);
      at = decodeReference(amp, inAttribute, allowed);
    }
    buffer.append(chars, at, end - at);
  }

  private void addAttribute(String key, String value) {
    if (attributes == null) {
      attributes = new Attributes();
      attributeCount = 0;
    } else if (attributes.hasKey(key)) {
      return;
    } else if (attributeCount >= MAX_ATTRIBUTES) {
      throw new Unsupported("too many attributes");
    }
    attributes.add(key, value);
    attributeCount++;
  }

  private Token declaration() {
    if (html.startsWith("<!--", pos)) {
      return comment();
    }
    if (html.regionMatches(true, pos + 2, "DOCTYPE", 0, 7)) {
      return doctype();
    }
    return bogusComment();
  }

  /** {@code <!} and anything but a comment or doctype: a comment of the text up to {@code >}. */
  private Token bogusComment() {
    int start = pos + 2;
    int end = html.indexOf('>', start);
    if (end < 0) {
      throw new Unsupported("bogus comment without its end");
    }
    text = substring(start, end);
    pos = end + 1;
    return Token.COMMENT;
  }

  private Token comment() {
    int start = pos + 4;
    if (html.startsWith(">", start) || html.startsWith("->", start)) {
      throw new Unsupported("abruptly closed comment");
    }
    int end = html.indexOf("-->", start);
    if (end < 0) {
      throw new Unsupported("comment without its end");
    }
    if (indexOf("--!>", start, end) >= 0) {
      throw new Unsupported("comment closed by --!>");
    }
    text = substring(start, end);
    pos = end + 3;
    return Token.COMMENT;
  }

  private Token doctype() {
    int at = pos + 9;
    if (at >= length || !isSpace(chars[at])) {
      throw new Unsupported("doctype without a space");
    }
    at = skipSpace(at);
    int end = at;
    while (end < length && CharacterReferences.isAsciiLetter(chars[end])) {
      end++;
    }
    if (end == at) {
      throw new Unsupported("doctype without a name");
    }
    name = asciiLowerCase(at, end);
    publicId = "";
    systemId = "";
    pubSysKey = null;
    at = skipSpace(end);
    if (html.regionMatches(true, at, "PUBLIC", 0, 6)) {
      pubSysKey = "PUBLIC";
      at = quoted(skipSpace(at + 6));
      publicId = text;
      at = skipSpace(at);
      if (at < length && chars[at] != '>') {
        at = skipSpace(quoted(at));
        systemId = text;
      }
    } else if (html.regionMatches(true, at, "SYSTEM", 0, 6)) {
      pubSysKey = "SYSTEM";
      at = skipSpace(quoted(skipSpace(at + 6)));
      systemId = text;
    }
    if (at >= length || chars[at] != '>') {
      throw new Unsupported("unusual doctype");
    }
    pos = at + 1;
    return Token.DOCTYPE;
  }

  /** Reads a quoted doctype identifier at {@code at} into {@link #text}; returns the end. */
  private int quoted(int at) {
    if (at >= length || (chars[at] != '"' && chars[at] != '\'')) {
      throw new Unsupported("doctype identifier without quotes");
    }
    int close = html.indexOf(chars[at], at + 1);
    int gt = html.indexOf('>', at + 1);
    if (close < 0 || (gt >= 0 && gt < close)) {
      throw new Unsupported("unusual doctype identifier");
    }
    text = substring(at + 1, close);
    return close + 1;
  }

  private int skipSpace(int at) {
    while (at < length && isSpace(chars[at])) {
      at++;
    }
    return at;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
  }

  private String substring(int start, int end) {
    return new String(chars, start, end - start);
  }

  private String asciiLowerCase(int start, int end) {
    char[] lower = new char[end - start];
    for (int i = start; i < end; i++) {
      char c = chars[i];
      lower[i - start] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return new String(lower);
  }
}
