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

/** Counts, over every matching document, the values of some multi-valued doc values fields. */
public final class ValueCounts extends SimpleCollector {

  private final List<String> fields;
  private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
  private SortedSetDocValues[] values;

  public ValueCounts(List<String> fields) {
    this.fields = List.copyOf(fields);
    fields.forEach(f -> counts.put(f, new HashMap<>()));
  }

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    values = new SortedSetDocValues[fields.size()];
    for (int i = 0; i < fields.size(); i++) {
      values[i] = DocValues.getSortedSet(context.reader(), fields.get(i));
    }
  }

  @Override
  public void collect(int doc) throws IOException {
    for (int i = 0; i < values.length; i++) {
      SortedSetDocValues field = values[i];
      if (field.advanceExact(doc)) {
        Map<String, Integer> count = counts.get(fields.get(i));
        for (int n = 0; n < field.docValueCount(); n++) {
          count.merge(field.lookupOrd(field.nextOrd()).utf8ToString(), 1, Integer::sum);
        }
      }
    }
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  /** The counts of one field's values. */
  public Map<String, Integer> of(String field) {
    return counts.get(field);
  }
}
