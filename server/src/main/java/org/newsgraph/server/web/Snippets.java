package org.newsgraph.server.web;

/**
 * Turns the highlighter's passages into safe markup. The highlighter wraps matched words in
 * {@code <b>} tags but leaves the article's own text unescaped, so the passage is split on those
 * tags, every piece escaped, and the matches marked.
 */
final class Snippets {

  private static final String OPEN = "<b>";
  private static final String CLOSE = "</b>";

  private Snippets() {}

  static Html marked(String passage) {
    Html out = new Html();
    int at = 0;
    while (at < passage.length()) {
      int open = passage.indexOf(OPEN, at);
      int close = open < 0 ? -1 : passage.indexOf(CLOSE, open + OPEN.length());
      if (open < 0 || close < 0) {
        out.text(passage.substring(at));
        break;
      }
      out.text(passage.substring(at, open))
          .element("mark", passage.substring(open + OPEN.length(), close));
      at = close + CLOSE.length();
    }
    return out;
  }
}
