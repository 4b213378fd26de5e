package org.newsgraph.core;

/**
 * A stretch of an article's text that names or refers to something.
 *
 * @param text  exactly {@code article.text().substring(start, end)}
 * @param start offset of the first character, inclusive
 * @param end   offset after the last character, exclusive
 */
public record Mention(String text, int start, int end) implements Grounded {
  public Mention {
    Grounded.check(text, start, end);
  }
}
