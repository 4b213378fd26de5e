package org.newsgraph.index.query;

import java.util.Objects;

/**
 * A search of quotations.
 *
 * @param speaker a merged entity's id or a name; null for anyone
 * @param text words of the quotation, or null
 */
public record QuoteQuery(String speaker, String text, DateRange dates, Paging paging) {
  public QuoteQuery {
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(paging, "paging");
  }
}
