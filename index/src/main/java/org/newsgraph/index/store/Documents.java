package org.newsgraph.index.store;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/** Builds the fields every kind of document shares. */
public final class Documents {

  /** Separates an entity id from its name in a facet value. */
  public static final char FACET_SEPARATOR = '\u001f';

  private Documents() {}

  /** A document of {@code kind} with its id and its record stored as bytes. */
  public static Document of(String kind, String id, Record record) {
    Document doc = new Document();
    doc.add(new StringField(Fields.KIND, kind, Field.Store.NO));
    doc.add(new StringField(Fields.ID, id, Field.Store.YES));
    doc.add(new StoredField(Fields.BLOB, RecordCodec.encode(record)));
    return doc;
  }

  /** An exact, searchable, stored value. */
  public static void keyword(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StringField(field, value, Field.Store.YES));
    }
  }

  /** Analysed, searchable, stored text. */
  public static void text(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new TextField(field, value, Field.Store.YES));
    }
  }

  /** A date for range queries and sorting; nothing when {@code date} is null. */
  public static void day(Document doc, LocalDate date) {
    if (date != null) {
      long day = date.toEpochDay();
      doc.add(new LongPoint(Fields.DAY, day));
      doc.add(new NumericDocValuesField(Fields.DAY, day));
    }
  }

  /** A value counted by facets. */
  public static void facet(Document doc, String field, String value) {
    doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
  }

  /** A MinHash signature as stored bytes. */
  public static void signature(Document doc, long[] signature) {
    ByteBuffer bytes = ByteBuffer.allocate(signature.length * Long.BYTES);
    bytes.asLongBuffer().put(signature);
    doc.add(new StoredField(Fields.SIGNATURE, bytes.array()));
  }

  /** The signature {@link #signature} stored. */
  public static long[] signature(BytesRef stored) {
    long[] signature = new long[stored.length / Long.BYTES];
    ByteBuffer.wrap(stored.bytes, stored.offset, stored.length).asLongBuffer().get(signature);
    return signature;
  }

  /** Several exact values of one field. */
  public static void keywords(Document doc, String field, List<String> values) {
    values.forEach(v -> keyword(doc, field, v));
  }
}
