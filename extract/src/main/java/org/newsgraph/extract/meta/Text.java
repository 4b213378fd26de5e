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

  private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u2000-\\u200b\\u3000]+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Text() {}

  /** {@code s} with entities decoded, whitespace runs made single spaces, and trimmed. */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    String decoded = s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
    return SPACE.matcher(decoded).replaceAll(" ").strip();
  }

  /** A key for comparing {@code s} loosely: lower-case letters and digits only, no accents. */
  static String key(String s) {
    if (s == null) {
      return "";
    }
    String bare = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    return NOT_WORD.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  /**
   * The cleaned text of {@code e} when it has at most {@code max} characters of text, else
   * {@code null}; large elements are not turned into text at all.
   */
  static String shortText(Element e, int max) {
    int[] length = {0};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
              length[0] += text.getWholeText().length();
            }
            return length[0] > max * 2 ? FilterResult.STOP : FilterResult.CONTINUE;
          }
        },
        e);
    if (length[0] > max * 2) {
      return null;
    }
    String text = clean(e.text());
    return text.length() <= max ? text : null;
  }

  /** The number of space-separated words in {@code s}. */
  static int words(String s) {
    String clean = clean(s);
    return clean.isEmpty() ? 0 : clean.split(" ").length;
  }
}
