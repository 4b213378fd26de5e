package org.newsgraph.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.newsgraph.core.AnnotatedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityKey;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Event;
import org.newsgraph.core.EventKey;
import org.newsgraph.core.Quote;
import org.newsgraph.index.store.Documents;
import org.newsgraph.index.store.Fields;
import org.newsgraph.index.store.StoredRecords;
import org.newsgraph.index.story.MinHash;
import org.newsgraph.index.story.StoryClusters;

/**
 * The only writer of an index directory. Articles added since the last {@link #commit} become
 * visible to readers all at once when it commits, and a crash before that loses exactly them; the
 * pages recorded with them let the next run skip what was committed. An article is known by its
 * canonical URL and content hash, so adding it again adds nothing. Safe for use by several threads:
 * each call runs alone.
 */
public final class KnowledgeWriter implements Closeable {

  /** What became of an article given to {@link #add} or {@link #classify}. */
  public enum Outcome {
    /** A new article. */
    ADDED,
    /** A new version of an article already indexed under the same URL. */
    UPDATED,
    /** Already indexed with the same text: nothing added. */
    UNCHANGED,
    /** The same text is indexed under another URL: nothing added. */
    DUPLICATE
  }

  /** The outcome of adding one article, with its id and story. */
  public record Added(Outcome outcome, String article, String story) {}

  /** What one commit made durable. */
  public record Commit(int articles, int pages, long totalArticles) {}

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager committed;
  private final StoryClusters stories = new StoryClusters();
  private final Map<String, String> entityByKey = new HashMap<>();
  private final Map<String, String> articleByUrl = new HashMap<>();
  private final Map<String, String> articleByHash = new HashMap<>();
  private final Map<String, String> hashByArticle = new HashMap<>();
  private final Set<String> pages = new HashSet<>();
  private final Map<String, KnownEntity> pendingEntities = new LinkedHashMap<>();
  private final Map<String, KnownEvent> pendingEvents = new LinkedHashMap<>();
  private int pendingArticles;
  private int pendingPages;

  private KnowledgeWriter(Path path, Directory directory, IndexWriter writer) throws IOException {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.committed = new SearcherManager(directory, null);
    load();
  }

  /** Opens the index in {@code dir} for writing, creating it when the directory has none. */
  public static KnowledgeWriter open(Path dir) throws IOException {
    Files.createDirectories(dir);
    Directory directory = FSDirectory.open(dir);
    try {
      boolean exists = Schema.exists(directory);
      if (exists) {
        Schema.require(directory, dir);
      }
      IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
      config.setCommitOnClose(false);
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      IndexWriter writer;
      try {
        writer = new IndexWriter(directory, config);
      } catch (LockObtainFailedException e) {
        throw new IndexUnusableException(dir, "another process is writing this index", e);
      }
      if (!exists) {
        writer.setLiveCommitData(commitData(0).entrySet());
        writer.commit();
      }
      return new KnowledgeWriter(dir, directory, writer);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Whether a page with this key was already recorded (committed or in this batch). */
  public synchronized boolean seenPage(String pageKey) {
    return pages.contains(pageKey);
  }

  /**
   * Records that a page was read and what came of it, so a later run skips it. Commits with the
   * next {@link #commit}.
   */
  public synchronized void recordPage(String pageKey, String source, String outcome)
      throws IOException {
    if (pages.add(pageKey)) {
      Document doc = new Document();
      doc.add(new StringField(Fields.KIND, Fields.KIND_PAGE, Field.Store.NO));
      Documents.keyword(doc, Fields.ID, pageKey);
      Documents.keyword(doc, Fields.URL, source);
      Documents.keyword(doc, Fields.OUTCOME, outcome);
      writer.addDocument(doc);
      pendingPages++;
    }
  }

  /** What {@link #add} would do with {@code article}, without reading its facts. */
  public synchronized Outcome classify(Article article) {
    String hash = Ids.sha256(article.text());
    String url = canonical(article.url());
    if (url != null && articleByUrl.containsKey(url)) {
      return hash.equals(hashByArticle.get(articleByUrl.get(url)))
          ? Outcome.UNCHANGED
          : Outcome.UPDATED;
    }
    return articleByHash.containsKey(hash) ? Outcome.DUPLICATE : Outcome.ADDED;
  }

  /** Adds an article with its facts, merging its entities and events into those known. */
  public synchronized Added add(AnnotatedArticle annotated) throws IOException {
    Article article = annotated.article();
    Outcome outcome = classify(article);
    String hash = Ids.sha256(article.text());
    String url = canonical(article.url());
    if (outcome == Outcome.UNCHANGED || outcome == Outcome.DUPLICATE) {
      String id = outcome == Outcome.UNCHANGED ? articleByUrl.get(url) : articleByHash.get(hash);
      return new Added(outcome, id, null);
    }
    String id = Ids.of("a", url != null ? "url:" + url : "hash:" + hash);
    long[] signature = MinHash.signature(article.text());
    String story = stories.place(id, signature);
    StoredArticleHead head = new StoredArticleHead(id, story, article);
    String date = article.publishedDate() == null ? null : article.publishedDate().toString();

    Map<String, String> links = new LinkedHashMap<>();
    Map<String, KnownEntity> merged = new LinkedHashMap<>();
    for (Entity entity : annotated.entities()) {
      KnownEntity known = mergeEntity(entity, id, date);
      links.put(entity.id(), known.id());
      merged.put(known.id(), known);
    }
    Map<String, Entity> byLocalId = new HashMap<>();
    annotated.entities().forEach(e -> byLocalId.put(e.id(), e));
    for (Event event : annotated.events()) {
      EventKey key = EventKey.of(event, byLocalId);
      String eventId = Ids.of("v", key.value());
      KnownEvent known = pendingEvents.get(eventId);
      if (known == null) {
        known = committedRecord(Fields.KIND_EVENT, eventId, KnownEvent.class);
      }
      pendingEvents.put(eventId, EventMerger.merge(known, eventId, event, key, head, links));
    }

    List<EntityLink> entityLinks = new ArrayList<>();
    links.forEach((local, global) -> entityLinks.add(new EntityLink(local, global)));
    StoredArticle stored = new StoredArticle(id, story, hash, entityLinks, annotated);
    writer.updateDocument(
        new Term(Fields.ID, id),
        ArticleDocument.of(stored, url, signature, merged.values(), annotated.events()));
    if (outcome == Outcome.UPDATED) {
      writer.deleteDocuments(new Term(Fields.ARTICLE, id));
    }
    for (Quote quote : annotated.quotes()) {
      String speaker =
          quote.speaker() == null || quote.speaker().entity() == null
              ? null
              : links.get(quote.speaker().entity());
      StoredQuote q =
          new StoredQuote(
              id + "/" + quote.id(),
              id,
              article.url(),
              article.title(),
              article.site(),
              article.published(),
              speaker,
              quote);
      writer.addDocument(QuoteDocument.of(q, article.publishedDate()));
    }
    if (url != null) {
      articleByUrl.put(url, id);
    }
    articleByHash.putIfAbsent(hash, id);
    hashByArticle.put(id, hash);
    pendingArticles++;
    return new Added(outcome, id, story);
  }

  /**
   * Makes everything added since the last commit durable and visible, atomically, with the schema
   * version in the commit's user data.
   */
  public synchronized Commit commit() throws IOException {
    for (KnownEntity entity : pendingEntities.values()) {
      writer.updateDocument(new Term(Fields.ID, entity.id()), EntityDocument.of(entity));
    }
    for (KnownEvent event : pendingEvents.values()) {
      writer.updateDocument(new Term(Fields.ID, event.id()), EventDocument.of(event));
    }
    writer.setLiveCommitData(commitData(hashByArticle.size()).entrySet());
    writer.commit();
    committed.maybeRefreshBlocking();
    Commit commit = new Commit(pendingArticles, pendingPages, hashByArticle.size());
    pendingEntities.clear();
    pendingEvents.clear();
    pendingArticles = 0;
    pendingPages = 0;
    return commit;
  }

  /** Closes the writer; what was not committed is dropped. */
  @Override
  public synchronized void close() throws IOException {
    try {
      committed.close();
      writer.rollback();
    } finally {
      directory.close();
    }
  }

  /** The index directory. */
  public Path path() {
    return path;
  }

  private KnownEntity mergeEntity(Entity entity, String article, String date) throws IOException {
    EntityKey key = EntityKey.of(entity);
    String id = findEntity(key);
    KnownEntity known = null;
    if (id == null) {
      id = Ids.of("n", key.value());
    } else {
      known = pendingEntities.get(id);
      if (known == null) {
        known = committedRecord(Fields.KIND_ENTITY, id, KnownEntity.class);
      }
    }
    KnownEntity merged = EntityMerger.merge(known, id, entity, key, article, date);
    pendingEntities.put(merged.id(), merged);
    registerKeys(merged);
    return merged;
  }

  /** The entity a key meets: one whose names include the key's name, or whose name it aliases. */
  private String findEntity(EntityKey key) {
    String found = entityByKey.get(lookup(key.type(), key.name()));
    if (found != null) {
      return found;
    }
    for (String alias : new TreeSet<>(key.aliases())) {
      found = entityByKey.get(lookup(key.type(), "=" + alias));
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** Indexes an entity's names: its key name under "=name" and every key under itself. */
  private void registerKeys(KnownEntity entity) {
    entityByKey.putIfAbsent(lookup(entity.type(), "=" + entity.keys().get(0)), entity.id());
    for (String key : entity.keys()) {
      entityByKey.putIfAbsent(lookup(entity.type(), key), entity.id());
    }
  }

  private static String lookup(EntityType type, String key) {
    return type.name() + "|" + key;
  }

  private <T extends Record> T committedRecord(String kind, String id, Class<T> type)
      throws IOException {
    IndexSearcher searcher = committed.acquire();
    try {
      return StoredRecords.find(searcher, kind, id, type);
    } finally {
      committed.release(searcher);
    }
  }

  /** Loads what the writer must know of the committed index: keys, stories and pages. */
  private void load() throws IOException {
    IndexSearcher searcher = committed.acquire();
    try {
      for (int doc : StoredRecords.matches(searcher, StoredRecords.kind(Fields.KIND_ARTICLE))) {
        Document d =
            searcher
                .storedFields()
                .document(
                    doc,
                    Set.of(Fields.ID, Fields.URL, Fields.HASH, Fields.STORY, Fields.SIGNATURE));
        String id = d.get(Fields.ID);
        if (d.get(Fields.URL) != null) {
          articleByUrl.put(d.get(Fields.URL), id);
        }
        articleByHash.putIfAbsent(d.get(Fields.HASH), id);
        hashByArticle.put(id, d.get(Fields.HASH));
        stories.remember(
            id, d.get(Fields.STORY), Documents.signature(d.getBinaryValue(Fields.SIGNATURE)));
      }
      for (int doc : StoredRecords.matches(searcher, StoredRecords.kind(Fields.KIND_ENTITY))) {
        registerKeys(StoredRecords.decode(searcher, doc, KnownEntity.class));
      }
      for (int doc : StoredRecords.matches(searcher, StoredRecords.kind(Fields.KIND_PAGE))) {
        pages.add(searcher.storedFields().document(doc, Set.of(Fields.ID)).get(Fields.ID));
      }
    } finally {
      committed.release(searcher);
    }
  }

  private static Map<String, String> commitData(long articles) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put(Schema.KEY, Schema.VERSION);
    data.put("articles", Long.toString(articles));
    data.put("committed", Instant.now().toString());
    return data;
  }

  /** The URL an article is known by: without fragment, scheme and host in lower case. */
  static String canonical(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String u = url.strip();
    int hash = u.indexOf('#');
    if (hash >= 0) {
      u = u.substring(0, hash);
    }
    int scheme = u.indexOf("://");
    if (scheme > 0) {
      int pathStart = u.indexOf('/', scheme + 3);
      int end = pathStart < 0 ? u.length() : pathStart;
      u = u.substring(0, end).toLowerCase(Locale.ROOT) + u.substring(end);
    }
    return u;
  }
}
