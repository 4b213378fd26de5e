package org.newsgraph.index;

import org.newsgraph.index.store.Fields;

/** A kind of record the index stores, for {@link KnowledgeBase#forEach}. */
public record RecordKind<T extends Record>(String kind, Class<T> type) {

  public static final RecordKind<StoredArticle> ARTICLES =
      new RecordKind<>(Fields.KIND_ARTICLE, StoredArticle.class);
  public static final RecordKind<KnownEntity> ENTITIES =
      new RecordKind<>(Fields.KIND_ENTITY, KnownEntity.class);
  public static final RecordKind<StoredQuote> QUOTES =
      new RecordKind<>(Fields.KIND_QUOTE, StoredQuote.class);
  public static final RecordKind<KnownEvent> EVENTS =
      new RecordKind<>(Fields.KIND_EVENT, KnownEvent.class);
}
