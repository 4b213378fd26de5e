package org.newsgraph.index;

import java.time.LocalDate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.newsgraph.index.store.Documents;
import org.newsgraph.index.store.Fields;

/** The Lucene document of a merged event: its actors, action, type and date. */
final class EventDocument {

  private EventDocument() {}

  static Document of(KnownEvent event) {
    Document doc = Documents.of(Fields.KIND_EVENT, event.id(), event);
    for (EventParty party : event.actors()) {
      Documents.keyword(doc, Fields.ENTITY, party.entity());
    }
    Documents.keyword(doc, Fields.ACTION, event.action());
    Documents.keyword(doc, Fields.EVENT_TYPE, event.type());
    Documents.day(doc, event.date() == null ? null : LocalDate.parse(event.date()));
    doc.add(new NumericDocValuesField(Fields.MENTIONS, event.independentSources()));
    return doc;
  }
}
