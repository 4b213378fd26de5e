package org.newsgraph.index;

import java.util.Objects;
import org.newsgraph.core.Quote;

/**
 * A quotation with the article it was read in.
 *
 * @param id the article's id and the quote's id within it, {@code a1b2/q3}
 * @param speaker the merged entity id of the speaker, or {@code null}
 */
public record StoredQuote(
    String id,
    String article,
    String url,
    String title,
    String site,
    String published,
    String speaker,
    Quote quote) {
  public StoredQuote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(quote, "quote");
  }
}
