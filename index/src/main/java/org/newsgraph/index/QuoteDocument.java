package org.newsgraph.index;

import java.time.LocalDate;
import org.apache.lucene.document.Document;
import org.newsgraph.index.store.Documents;
import org.newsgraph.index.store.Fields;

/** The Lucene document of a quotation: its words, its speaker and its date. */
final class QuoteDocument {

  private QuoteDocument() {}

  static Document of(StoredQuote quote, LocalDate date) {
    Document doc = Documents.of(Fields.KIND_QUOTE, quote.id(), quote);
    Documents.keyword(doc, Fields.ARTICLE, quote.article());
    Documents.keyword(doc, Fields.SPEAKER, quote.speaker());
    if (quote.quote().speaker() != null) {
      Documents.text(doc, Fields.SPEAKER_NAME, quote.quote().speaker().name());
    }
    Documents.text(doc, Fields.TEXT, quote.quote().text());
    Documents.day(doc, date);
    return doc;
  }
}
