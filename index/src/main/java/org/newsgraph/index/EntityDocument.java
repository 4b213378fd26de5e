package org.newsgraph.index;

import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.newsgraph.index.store.Documents;
import org.newsgraph.index.store.Fields;

/** The Lucene document of a merged entity: its names for lookup and its weight for ranking. */
final class EntityDocument {

  private EntityDocument() {}

  static Document of(KnownEntity entity) {
    Document doc = Documents.of(Fields.KIND_ENTITY, entity.id(), entity);
    Documents.keyword(doc, Fields.ENTITY_TYPE, entity.type().name().toLowerCase(Locale.ROOT));
    Documents.text(doc, Fields.NAMES, String.join(" | ", entity.aliases()));
    Documents.keywords(doc, Fields.ACTOR_NAME, entity.keys());
    doc.add(new NumericDocValuesField(Fields.MENTIONS, entity.mentions()));
    return doc;
  }
}
