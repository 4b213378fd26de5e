package org.newsgraph.extract.text;

/**
 * A candidate paragraph and what it looks like on its own.
 *
 * @param features what was measured of it
 * @param kind body text, interface text, or too short to tell without context
 * @param reason for interface text, why ("image file name", "byline"); else {@code null}
 */
record Block(LineFeatures features, Kind kind, String reason) {

  /** What a paragraph looks like on its own. */
  enum Kind {
    /** Running prose: long enough, ends as a sentence, dense in function words. */
    BODY,
    /** A headline, subheading, short sentence or label: its neighbours decide. */
    SHORT,
    /** Interface text that never belongs to a story. */
    BOILERPLATE
  }

  String text() {
    return features.text();
  }

  boolean is(Kind k) {
    return kind == k;
  }
}
