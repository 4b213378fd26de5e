package org.newsgraph.index.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/** Reads stored records back from a searcher: one by id, or every match of a query. */
public final class StoredRecords {

  private StoredRecords() {}

  /** The query for documents of {@code kind}. */
  public static Query kind(String kind) {
    return new TermQuery(new Term(Fields.KIND, kind));
  }

  /** {@code query} restricted to documents of {@code kind}. */
  public static Query ofKind(String kind, Query query) {
    return new BooleanQuery.Builder()
        .add(kind(kind), BooleanClause.Occur.FILTER)
        .add(query, BooleanClause.Occur.MUST)
        .build();
  }

  /** The record of {@code kind} with {@code id}, or null. */
  public static <T extends Record> T find(
      IndexSearcher searcher, String kind, String id, Class<T> type) throws IOException {
    TopDocs top = searcher.search(ofKind(kind, new TermQuery(new Term(Fields.ID, id))), 1);
    if (top.scoreDocs.length == 0) {
      return null;
    }
    return decode(searcher, top.scoreDocs[0].doc, type);
  }

  /** The record stored in document {@code doc}. */
  public static <T extends Record> T decode(IndexSearcher searcher, int doc, Class<T> type)
      throws IOException {
    Document stored = searcher.storedFields().document(doc, Set.of(Fields.BLOB));
    BytesRef bytes = stored.getBinaryValue(Fields.BLOB);
    byte[] copy = new byte[bytes.length];
    System.arraycopy(bytes.bytes, bytes.offset, copy, 0, bytes.length);
    return RecordCodec.decode(copy, type);
  }

  /**
   * Runs {@code collector} over every match of {@code query}. The knowledge base's searchers have
   * no executor, so their slices are searched one after another and one collector serves them all.
   */
  public static <C extends Collector> C collect(IndexSearcher searcher, Query query, C collector)
      throws IOException {
    return searcher.search(
        query,
        new CollectorManager<C, C>() {
          @Override
          public C newCollector() {
            return collector;
          }

          @Override
          public C reduce(Collection<C> collectors) {
            return collector;
          }
        });
  }

  /** The ids of every document matching {@code query}, in index order, without scoring. */
  public static List<Integer> matches(IndexSearcher searcher, Query query) throws IOException {
    List<Integer> docs = new ArrayList<>();
    collect(
        searcher,
        query,
        new SimpleCollector() {
          private int base;

          @Override
          protected void doSetNextReader(LeafReaderContext context) {
            base = context.docBase;
          }

          @Override
          public void collect(int doc) {
            docs.add(base + doc);
          }

          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
          }
        });
    return docs;
  }
}
