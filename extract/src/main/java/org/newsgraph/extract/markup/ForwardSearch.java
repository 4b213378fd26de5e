package org.newsgraph.extract.markup;

/**
 * Finds where a string next occurs in a page for a scanner that moves forward: it remembers its
 * last answer and searches again only once the scanner has passed it, so each stretch of the page
 * is searched once however many times it is asked.
 */
final class ForwardSearch {

  private final String html;
  private final String needle;
  private int searchedFrom = Integer.MAX_VALUE;
  private int found;

  ForwardSearch(String html, String needle) {
    this.html = html;
    this.needle = needle;
  }

  /** The index of the first occurrence at or after {@code from}, or the page's length. */
  int from(int from) {
    if (from < searchedFrom || from > found) {
      int index = needle.length() == 1 ? html.indexOf(needle.charAt(0), from)
          : html.indexOf(needle, from);
      found = index < 0 ? html.length() : index;
      searchedFrom = from;
    }
    return found;
  }
}
