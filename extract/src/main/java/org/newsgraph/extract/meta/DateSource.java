package org.newsgraph.extract.meta;

/** Where a publication date came from, strongest first. */
enum DateSource {
  /** JSON-LD {@code datePublished}, {@code article:published_time}, {@code itemprop}. */
  STRUCTURED,
  /** Other publication-date meta tags ({@code pubdate}, {@code DC.date.issued}, ...). */
  META,
  /** {@code <time pubdate>}, hAtom {@code published}, time elements in the article header. */
  MARKUP,
  /** A date in the page's address ({@code /2019/02/18/}). */
  URL,
  /** A date written near the byline or headline. */
  TEXT,
  /** A modification date, the last resort. */
  MODIFIED;

  /** Whether this source is explicit metadata about publication. */
  boolean isStrong() {
    return this == STRUCTURED || this == META;
  }
}
