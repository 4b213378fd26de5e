package org.newsgraph.extract.meta;

import java.util.List;

/**
 * What an HTML page says about its article, apart from the body.
 *
 * @param title        the headline, cleaned of the site name, or {@code null}
 * @param authors      byline names in page order
 * @param published    ISO-8601 date or date-time with offset, or {@code null}
 * @param language     ISO 639-1 code declared by the page, or {@code null}
 * @param site         the publication's name, or {@code null}
 * @param canonicalUrl the canonical address, absolute, or {@code null}
 * @param warnings     problems noticed, such as conflicting dates
 */
public record Metadata(
    String title,
    List<String> authors,
    String published,
    String language,
    String site,
    String canonicalUrl,
    List<String> warnings) {
  public Metadata {
    authors = List.copyOf(authors);
    warnings = List.copyOf(warnings);
  }
}
