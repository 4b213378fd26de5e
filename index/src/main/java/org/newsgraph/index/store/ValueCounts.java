package org.newsgraph.index.store;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts, over every matching document, the values of some multi-valued doc values fields. Counts
 * are kept by ordinal within a segment and turned into strings once per segment.
 */
public final class ValueCounts extends SimpleCollector {

  private final List<String> fields;
  private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
  private SortedSetDocValues[] values;
  private int[][] ordinalCounts;

  public ValueCounts(List<String> fields) {
    this.fields = List.copyOf(fields);
    fields.forEach(f -> counts.put(f, new HashMap<>()));
  }

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    flush();
    values = new SortedSetDocValues[fields.size()];
    ordinalCounts = new int[fields.size()][];
    for (int i = 0; i < fields.size(); i++) {
      values[i] = DocValues.getSortedSet(context.reader(), fields.get(i));
      ordinalCounts[i] = new int[Math.toIntExact(values[i].getValueCount())];
    }
  }

  @Override
  public void collect(int doc) throws IOException {
    for (int i = 0; i < values.length; i++) {
      SortedSetDocValues field = values[i];
      if (field.advanceExact(doc)) {
        for (int n = 0; n < field.docValueCount(); n++) {
          ordinalCounts[i][Math.toIntExact(field.nextOrd())]++;
        }
      }
    }
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  /** The counts of one field's values. */
  public Map<String, Integer> of(String field) throws IOException {
    flush();
    return counts.get(field);
  }

  /** Adds the segment's counts by ordinal to the counts by value. */
  private void flush() throws IOException {
    if (values == null) {
      return;
    }
    for (int i = 0; i < values.length; i++) {
      Map<String, Integer> count = counts.get(fields.get(i));
      int[] byOrdinal = ordinalCounts[i];
      for (int ord = 0; ord < byOrdinal.length; ord++) {
        if (byOrdinal[ord] > 0) {
          count.merge(values[i].lookupOrd(ord).utf8ToString(), byOrdinal[ord], Integer::sum);
        }
      }
    }
    values = null;
  }
}
