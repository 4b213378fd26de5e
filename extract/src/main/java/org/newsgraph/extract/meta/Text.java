package org.newsgraph.extract.meta;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Small text helpers the metadata readers share. */
final class Text {

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Text() {}

  /** {@code s} with entities decoded, whitespace runs made single spaces, and trimmed. */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    String decoded = s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
    return singleSpaced(decoded).strip();
  }

  /** {@code s} with every run of whitespace, no-break and ideographic spaces one space. */
  private static String singleSpaced(String s) {
    StringBuilder out = null;
    int length = s.length();
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      int end = i + 1;
      while (end < length && isSpace(s.charAt(end))) {
        end++;
      }
      if (out == null && (c != ' ' || end > i + 1)) {
        out = new StringBuilder(length).append(s, 0, i);
      }
      if (out != null) {
        out.append(' ');
      }
      i = end - 1;
    }
    return out == null ? s : out.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' '
        || (c >= '\t' && c <= '\r')
        || c == '\u00a0'
        || (c >= '\u2000' && c <= '\u200b')
        || c == '\u3000';
  }

  /** A key for comparing {@code s} loosely: lower-case letters and digits only, no accents. */
  static String key(String s) {
    if (s == null) {
      return "";
    }
    if (isAscii(s)) { // nothing to decompose: keep letters and digits, lower case
      StringBuilder key = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
          key.append(c);
        } else if (c >= 'A' && c <= 'Z') {
          key.append((char) (c + ('a' - 'A')));
        }
      }
      return key.toString();
    }
    String bare = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    return NOT_WORD.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  /**
   * The number of characters in the text nodes of {@code e}, counted until it exceeds {@code
   * limit}: a number over {@code limit} says only that there are more.
   */
  static int textLength(Element e, int limit) {
    int[] length = {0};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
              length[0] += text.getWholeText().length();
            }
            return length[0] > limit ? FilterResult.STOP : FilterResult.CONTINUE;
          }
        },
        e);
    return length[0];
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The number of space-separated words in {@code s}. */
  static int words(String s) {
    String clean = clean(s);
    return clean.isEmpty() ? 0 : clean.split(" ").length;
  }
}
