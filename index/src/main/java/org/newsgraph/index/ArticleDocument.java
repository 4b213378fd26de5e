package org.newsgraph.index;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.newsgraph.core.Article;
import org.newsgraph.core.Event;
import org.newsgraph.index.store.Documents;
import org.newsgraph.index.store.Fields;
import org.newsgraph.index.story.MinHash;

/** The Lucene document of an article: searchable text, filters, facets and its stored record. */
final class ArticleDocument {

  /** The body keeps its offsets in the postings, so highlighting need not analyse it again. */
  private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

  static {
    BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    BODY_TYPE.freeze();
  }

  private ArticleDocument() {}

  private static void stored(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StoredField(field, value));
    }
  }

  static Document of(
      StoredArticle stored,
      String url,
      long[] signature,
      Collection<KnownEntity> entities,
      List<Event> events) {
    Article article = stored.annotated().article();
    Document doc = Documents.of(Fields.KIND_ARTICLE, stored.id(), stored);
    Documents.keyword(doc, Fields.URL, url);
    Documents.keyword(doc, Fields.HASH, stored.contentHash());
    Documents.keyword(doc, Fields.STORY, stored.storyId());
    Documents.text(doc, Fields.TITLE, article.title());
    doc.add(new Field(Fields.BODY, article.text(), BODY_TYPE));
    stored(doc, Fields.PUBLISHED, article.published());
    stored(doc, Fields.SITE, article.site());
    stored(doc, Fields.ARTICLE_URL, article.url());
    LocalDate date = article.publishedDate();
    Documents.day(doc, date);
    if (date != null) {
      Documents.facet(doc, Fields.FACET_MONTHS, date.toString().substring(0, 7));
    }
    String site = article.site() != null ? article.site() : hostOf(url);
    if (site != null) {
      Documents.facet(doc, Fields.FACET_SOURCES, site);
    }
    for (KnownEntity entity : entities) {
      Documents.keyword(doc, Fields.ENTITY, entity.id());
      Documents.facet(doc, Fields.ENTITY_VALUES, entity.id());
      String field = facetOf(entity);
      if (field != null) {
        Documents.facet(doc, field, entity.id() + Documents.FACET_SEPARATOR + entity.name());
      }
    }
    Set<String> types = new LinkedHashSet<>();
    events.stream().filter(e -> e.type() != null).forEach(e -> types.add(e.type()));
    Documents.keywords(doc, Fields.EVENT_TYPE, List.copyOf(types));
    Documents.keywords(doc, Fields.BAND, MinHash.bands(signature));
    Documents.signature(doc, signature);
    return doc;
  }

  private static String facetOf(KnownEntity entity) {
    switch (entity.type()) {
      case PERSON:
        return Fields.FACET_PEOPLE;
      case ORGANIZATION:
        return Fields.FACET_ORGANISATIONS;
      case LOCATION:
        return Fields.FACET_PLACES;
      default:
        return null;
    }
  }

  private static String hostOf(String url) {
    if (url == null) {
      return null;
    }
    try {
      return java.net.URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
