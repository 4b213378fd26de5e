package org.newsgraph.core;

import java.util.Objects;

/** A fact that points into an article's text by half-open character offsets. */
public interface Grounded {

  /** The exact text of the span: {@code article.text().substring(start(), end())}. */
  String text();

  /** Offset of the span's first character, inclusive. */
  int start();

  /** Offset after the span's last character, exclusive. */
  int end();

  /** Whether this span lies inside {@code text} and its text is what stands there. */
  default boolean isGroundedIn(String articleText) {
    return end() <= articleText.length() && articleText.substring(start(), end()).equals(text());
  }

  /** Checks a span's own consistency; used by the records' constructors. */
  static void check(String text, int start, int end) {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    if (end - start != text.length()) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") does not fit its text of length " + text.length());
    }
  }
}
