package org.newsgraph.nlp;

/** Where to stop reading a text that is over the length limit: at a break before the limit. */
final class ReadingLimit {

  private ReadingLimit() {}

  /**
   * The length of the prefix of {@code text} to read, at most {@code limit}: up to the last
   * paragraph break before the limit, else the last sentence end in its last tenth, else the limit.
   */
  static int cut(String text, int limit) {
    if (text.length() <= limit) {
      return text.length();
    }
    int paragraph = text.lastIndexOf("\n\n", limit);
    if (paragraph > limit / 2) {
      return paragraph;
    }
    for (int i = limit - 1; i > limit - limit / 10 && i > 0; i--) {
      char c = text.charAt(i - 1);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
  }
}
