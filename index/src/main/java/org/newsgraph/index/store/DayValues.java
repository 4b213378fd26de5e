package org.newsgraph.index.store;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Collects the date of every matching document that has one. */
public final class DayValues extends SimpleCollector {

  private final List<LocalDate> days = new ArrayList<>();
  private NumericDocValues values;

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    values = DocValues.getNumeric(context.reader(), Fields.DAY);
  }

  @Override
  public void collect(int doc) throws IOException {
    if (values.advanceExact(doc)) {
      days.add(LocalDate.ofEpochDay(values.longValue()));
    }
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  /** The dates collected. */
  public List<LocalDate> days() {
    return days;
  }
}
