package org.newsgraph.ingest.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a source is, which decides how it is read. */
public enum SourceKind {
  /** A directory of page files (.html .htm .xhtml .txt), read recursively. */
  DIRECTORY,
  /** One page: an HTML or text file, or a URL. */
  PAGE,
  /** An RSS or Atom feed: its items' links are fetched. */
  FEED,
  /** A sitemap, news sitemap or sitemap index: its URLs are fetched. */
  SITEMAP,
  /** A WARC or WARC.gz archive: its HTML responses are pages. */
  WARC,
  /** A text file with one URL per line ({@code #} starts a comment). */
  URL_LIST,
  /** Not known yet (a URL not yet fetched) or not readable. */
  UNKNOWN;

  /** The name users write: {@code feed}, {@code url-list}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The kind a user names ({@code sitemap}, {@code url-list}); empty for an unknown name. */
  public static Optional<SourceKind> byLabel(String label) {
    return Arrays.stream(values())
        .filter(kind -> kind != UNKNOWN && kind.label().equalsIgnoreCase(label.strip()))
        .findFirst();
  }
}
