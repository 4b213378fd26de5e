package org.newsgraph.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityKey;
import org.newsgraph.core.EntityType;
import org.newsgraph.index.query.ArticleHit;
import org.newsgraph.index.query.ArticleQuery;
import org.newsgraph.index.query.CoMention;
import org.newsgraph.index.query.DateRange;
import org.newsgraph.index.query.EntityProfile;
import org.newsgraph.index.query.EventQuery;
import org.newsgraph.index.query.FacetValue;
import org.newsgraph.index.query.Interval;
import org.newsgraph.index.query.Paging;
import org.newsgraph.index.query.QuoteQuery;
import org.newsgraph.index.query.ResultPage;
import org.newsgraph.index.query.SearchResults;
import org.newsgraph.index.query.TimelineBucket;
import org.newsgraph.index.store.DayValues;
import org.newsgraph.index.store.Documents;
import org.newsgraph.index.store.Fields;
import org.newsgraph.index.store.StoredRecords;
import org.newsgraph.index.store.ValueCounts;

/**
 * Answers questions from an index directory. Every answer comes from one snapshot: the last commit
 * when the question was asked, so an ingest running beside it is seen batch by batch, never half a
 * batch. Safe for use by several threads.
 */
public final class KnowledgeBase implements Closeable {

  private static final Map<String, String> FACETS =
      Map.of(
          "people", Fields.FACET_PEOPLE,
          "organisations", Fields.FACET_ORGANISATIONS,
          "places", Fields.FACET_PLACES,
          "sources", Fields.FACET_SOURCES,
          "months", Fields.FACET_MONTHS);
  private static final int FACET_SIZE = 10;
  private static final String PASSAGE_SEPARATOR = "\u2026";
  private static final Set<String> HIT_FIELDS =
      Set.of(
          Fields.ID, Fields.TITLE, Fields.ARTICLE_URL, Fields.SITE, Fields.PUBLISHED, Fields.STORY);
  private static final int PROFILE_SIZE = 50;
  private static final Sort BY_DAY = new Sort(sortByDay(false));

  private final Directory directory;
  private final SearcherManager searchers;
  private final Analyzer analyzer = new StandardAnalyzer();

  private KnowledgeBase(Directory directory) throws IOException {
    this.directory = directory;
    this.searchers = new SearcherManager(directory, null);
  }

  /** Opens the index in {@code dir} for reading; refuses a missing index or another schema. */
  public static KnowledgeBase open(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IndexUnusableException(
          dir, "no such directory; run 'newsgraph ingest --data " + dir + " SOURCE...' first");
    }
    Directory directory = FSDirectory.open(dir);
    try {
      Schema.require(directory, dir);
      return new KnowledgeBase(directory);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Articles matching {@code query}, a page of them with highlights, and facets of them all. */
  public SearchResults search(ArticleQuery query) throws IOException {
    return withSearcher(
        searcher -> {
          BooleanQuery.Builder b = new BooleanQuery.Builder();
          b.add(StoredRecords.kind(Fields.KIND_ARTICLE), BooleanClause.Occur.FILTER);
          boolean ranked = query.text() != null && !query.text().isBlank();
          Query text = null;
          if (ranked) {
            text =
                new SimpleQueryParser(analyzer, Map.of(Fields.TITLE, 2f, Fields.BODY, 1f))
                    .parse(query.text());
            b.add(text, BooleanClause.Occur.MUST);
          }
          filter(b, Fields.ENTITY, query.entity());
          filter(b, Fields.EVENT_TYPE, query.eventType());
          if (query.source() != null) {
            b.add(
                SortedSetDocValuesField.newSlowExactQuery(
                    Fields.FACET_SOURCES, new BytesRef(query.source())),
                BooleanClause.Occur.FILTER);
          }
          dates(b, query.dates());
          Query q = b.build();
          Paging paging = query.paging();
          TopDocs top =
              ranked
                  ? searcher.search(q, paging.end())
                  : searcher.search(q, paging.end(), new Sort(sortByDay(true)));
          ScoreDoc[] page = slice(top, paging);
          String[] highlights = highlight(searcher, text, top, page);
          List<ArticleHit> hits = new ArrayList<>();
          for (int i = 0; i < page.length; i++) {
            hits.add(hit(searcher, page[i], highlights == null ? null : highlights[i]));
          }
          ValueCounts counts = new ValueCounts(List.copyOf(FACETS.values()));
          StoredRecords.collect(searcher, q, counts);
          Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
          for (Map.Entry<String, String> facet : FACETS.entrySet()) {
            facets.put(facet.getKey(), facet(counts.of(facet.getValue())));
          }
          return new SearchResults(
              new ResultPage<>(top.totalHits.value, paging.page(), paging.size(), hits), facets);
        });
  }

  /** The article with {@code id} and all its facts, or null. */
  public StoredArticle article(String id) throws IOException {
    return withSearcher(s -> StoredRecords.find(s, Fields.KIND_ARTICLE, id, StoredArticle.class));
  }

  /**
   * Entities whose names start with the words of {@code text} (all when blank), most mentioned
   * first.
   */
  public ResultPage<KnownEntity> entities(String text, Paging paging) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(StoredRecords.kind(Fields.KIND_ENTITY), BooleanClause.Occur.FILTER);
    if (text != null) {
      for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (!word.isEmpty()) {
          b.add(new PrefixQuery(new Term(Fields.NAMES, word)), BooleanClause.Occur.MUST);
        }
      }
    }
    Sort sort = new Sort(new SortField(Fields.MENTIONS, SortField.Type.LONG, true));
    return page(b.build(), sort, paging, KnownEntity.class);
  }

  /** Everything known of the entity with {@code id}, or null. */
  public EntityProfile entity(String id) throws IOException {
    return withSearcher(
        searcher -> {
          KnownEntity entity =
              StoredRecords.find(searcher, Fields.KIND_ENTITY, id, KnownEntity.class);
          if (entity == null) {
            return null;
          }
          Paging first = new Paging(1, PROFILE_SIZE);
          List<StoredQuote> quotes =
              page(
                      searcher,
                      kindWith(Fields.KIND_QUOTE, Fields.SPEAKER, id),
                      BY_DAY,
                      first,
                      StoredQuote.class)
                  .items();
          List<KnownEvent> events =
              page(
                      searcher,
                      kindWith(Fields.KIND_EVENT, Fields.ENTITY, id),
                      BY_DAY,
                      first,
                      KnownEvent.class)
                  .items();
          return new EntityProfile(entity, quotes, events, coMentioned(searcher, id));
        });
  }

  /** Quotations matching {@code query}, in time order (by relevance when words are given). */
  public ResultPage<StoredQuote> quotes(QuoteQuery query) throws IOException {
    return withSearcher(
        searcher -> {
          BooleanQuery.Builder b = new BooleanQuery.Builder();
          b.add(StoredRecords.kind(Fields.KIND_QUOTE), BooleanClause.Occur.FILTER);
          if (query.speaker() != null) {
            List<String> ids = resolve(searcher, query.speaker());
            Query bySpeaker =
                ids.isEmpty()
                    ? new SimpleQueryParser(analyzer, Fields.SPEAKER_NAME).parse(query.speaker())
                    : anyOf(Fields.SPEAKER, ids);
            b.add(bySpeaker, BooleanClause.Occur.MUST);
          }
          boolean ranked = query.text() != null && !query.text().isBlank();
          if (ranked) {
            b.add(
                new SimpleQueryParser(analyzer, Fields.TEXT).parse(query.text()),
                BooleanClause.Occur.MUST);
          }
          dates(b, query.dates());
          return page(
              searcher, b.build(), ranked ? null : BY_DAY, query.paging(), StoredQuote.class);
        });
  }

  /** Merged events matching {@code query}, in time order. */
  public ResultPage<KnownEvent> events(EventQuery query) throws IOException {
    return withSearcher(
        searcher -> {
          BooleanQuery.Builder b = new BooleanQuery.Builder();
          b.add(StoredRecords.kind(Fields.KIND_EVENT), BooleanClause.Occur.FILTER);
          for (String actor : new String[] {query.actor(), query.actor2()}) {
            if (actor != null) {
              b.add(anyOf(Fields.ENTITY, resolve(searcher, actor)), BooleanClause.Occur.FILTER);
            }
          }
          filter(b, Fields.ACTION, query.action());
          filter(b, Fields.EVENT_TYPE, query.type());
          dates(b, query.dates());
          return page(searcher, b.build(), BY_DAY, query.paging(), KnownEvent.class);
        });
  }

  /** Per period, how many articles mention the entity and how many of its events fall in it. */
  public List<TimelineBucket> timeline(String entity, Interval interval) throws IOException {
    return withSearcher(
        searcher -> {
          DayValues mentions = new DayValues();
          StoredRecords.collect(
              searcher, kindWith(Fields.KIND_ARTICLE, Fields.ENTITY, entity), mentions);
          DayValues events = new DayValues();
          StoredRecords.collect(
              searcher, kindWith(Fields.KIND_EVENT, Fields.ENTITY, entity), events);
          TreeMap<String, int[]> buckets = new TreeMap<>();
          mentions
              .days()
              .forEach(d -> buckets.computeIfAbsent(interval.bucketOf(d), k -> new int[2])[0]++);
          events
              .days()
              .forEach(d -> buckets.computeIfAbsent(interval.bucketOf(d), k -> new int[2])[1]++);
          List<TimelineBucket> timeline = new ArrayList<>();
          buckets.forEach((period, n) -> timeline.add(new TimelineBucket(period, n[0], n[1])));
          return timeline;
        });
  }

  /** How many articles the last commit holds. */
  public int articleCount() throws IOException {
    return withSearcher(s -> s.count(StoredRecords.kind(Fields.KIND_ARTICLE)));
  }

  /** Gives every stored record of one kind to {@code sink}, in index order, from one snapshot. */
  public <T extends Record> void forEach(RecordKind<T> kind, Consumer<? super T> sink)
      throws IOException {
    withSearcher(
        searcher -> {
          for (int doc : StoredRecords.matches(searcher, StoredRecords.kind(kind.kind()))) {
            sink.accept(StoredRecords.decode(searcher, doc, kind.type()));
          }
          return null;
        });
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      directory.close();
    }
  }

  private List<CoMention> coMentioned(IndexSearcher searcher, String id) throws IOException {
    ValueCounts counts = new ValueCounts(List.of(Fields.ENTITY_VALUES));
    StoredRecords.collect(searcher, kindWith(Fields.KIND_ARTICLE, Fields.ENTITY, id), counts);
    List<Map.Entry<String, Integer>> ranked =
        new ArrayList<>(counts.of(Fields.ENTITY_VALUES).entrySet());
    ranked.removeIf(e -> e.getKey().equals(id));
    ranked.sort(
        Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    List<CoMention> top = new ArrayList<>();
    for (Map.Entry<String, Integer> e : ranked.subList(0, Math.min(FACET_SIZE, ranked.size()))) {
      KnownEntity other =
          StoredRecords.find(searcher, Fields.KIND_ENTITY, e.getKey(), KnownEntity.class);
      if (other != null) {
        top.add(
            new CoMention(
                other.id(),
                other.name(),
                other.type().name().toLowerCase(Locale.ROOT),
                e.getValue()));
      }
    }
    return top;
  }

  /** The merged entity ids {@code actor} stands for: itself when it is an id, else by name. */
  private List<String> resolve(IndexSearcher searcher, String actor) throws IOException {
    if (StoredRecords.find(searcher, Fields.KIND_ENTITY, actor, KnownEntity.class) != null) {
      return List.of(actor);
    }
    String key = EntityKey.of(new Entity("x", EntityType.MISC, actor, List.of(), List.of())).name();
    List<String> ids = new ArrayList<>();
    Query byName = kindWith(Fields.KIND_ENTITY, Fields.ACTOR_NAME, key);
    for (int doc : StoredRecords.matches(searcher, byName)) {
      ids.add(searcher.storedFields().document(doc, Set.of(Fields.ID)).get(Fields.ID));
    }
    return ids;
  }

  private static Query anyOf(String field, List<String> values) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    values.forEach(v -> b.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD));
    if (values.isEmpty()) {
      b.add(new TermQuery(new Term(field, "")), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  private static Query kindWith(String kind, String field, String value) {
    return StoredRecords.ofKind(kind, new TermQuery(new Term(field, value)));
  }

  private static void filter(BooleanQuery.Builder b, String field, String value) {
    if (value != null) {
      b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
    }
  }

  private static void dates(BooleanQuery.Builder b, DateRange range) {
    if (!range.isOpen()) {
      long from = range.from() == null ? Long.MIN_VALUE : range.from().toEpochDay();
      long to = range.to() == null ? Long.MAX_VALUE : range.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(Fields.DAY, from, to), BooleanClause.Occur.FILTER);
    }
  }

  private static SortField sortByDay(boolean newestFirst) {
    SortField byDay = new SortField(Fields.DAY, SortField.Type.LONG, newestFirst);
    byDay.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    return byDay;
  }

  private <T extends Record> ResultPage<T> page(Query q, Sort sort, Paging paging, Class<T> type)
      throws IOException {
    return withSearcher(s -> page(s, q, sort, paging, type));
  }

  private static <T extends Record> ResultPage<T> page(
      IndexSearcher searcher, Query q, Sort sort, Paging paging, Class<T> type) throws IOException {
    TopDocs top =
        sort == null ? searcher.search(q, paging.end()) : searcher.search(q, paging.end(), sort);
    List<T> items = new ArrayList<>();
    for (ScoreDoc doc : slice(top, paging)) {
      items.add(StoredRecords.decode(searcher, doc.doc, type));
    }
    return new ResultPage<>(top.totalHits.value, paging.page(), paging.size(), items);
  }

  private static ScoreDoc[] slice(TopDocs top, Paging paging) {
    int from = Math.min(paging.offset(), top.scoreDocs.length);
    ScoreDoc[] page = new ScoreDoc[top.scoreDocs.length - from];
    System.arraycopy(top.scoreDocs, from, page, 0, page.length);
    return page;
  }

  private String[] highlight(IndexSearcher searcher, Query text, TopDocs top, ScoreDoc[] page)
      throws IOException {
    if (text == null || page.length == 0) {
      return null;
    }
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withMaxLength(200_000)
            .withFormatter(new DefaultPassageFormatter("<b>", "</b>", PASSAGE_SEPARATOR, true))
            .build();
    TopDocs pageDocs = new TopDocs(top.totalHits, page);
    return highlighter.highlight(Fields.BODY, text, pageDocs, 2);
  }

  private static ArticleHit hit(IndexSearcher searcher, ScoreDoc doc, String highlight)
      throws IOException {
    Document d = searcher.storedFields().document(doc.doc, HIT_FIELDS);
    List<String> highlights =
        highlight == null ? List.of() : List.of(highlight.split(PASSAGE_SEPARATOR));
    return new ArticleHit(
        d.get(Fields.ID),
        d.get(Fields.TITLE),
        d.get(Fields.ARTICLE_URL),
        d.get(Fields.SITE),
        d.get(Fields.PUBLISHED),
        d.get(Fields.STORY),
        Float.isNaN(doc.score) ? 0 : doc.score,
        highlights);
  }

  private static List<FacetValue> facet(Map<String, Integer> counts) {
    List<FacetValue> values = new ArrayList<>();
    counts.forEach(
        (value, count) -> {
          int sep = value.indexOf(Documents.FACET_SEPARATOR);
          values.add(
              sep < 0
                  ? new FacetValue(value, null, count)
                  : new FacetValue(value.substring(sep + 1), value.substring(0, sep), count));
        });
    values.sort(
        Comparator.comparingInt(FacetValue::count).reversed().thenComparing(FacetValue::value));
    return values.subList(0, Math.min(FACET_SIZE, values.size()));
  }

  private <T> T withSearcher(SearcherTask<T> task) throws IOException {
    searchers.maybeRefresh();
    IndexSearcher searcher = searchers.acquire();
    try {
      return task.run(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  /** Work done on one snapshot. */
  @FunctionalInterface
  private interface SearcherTask<T> {
    T run(IndexSearcher searcher) throws IOException;
  }
}
