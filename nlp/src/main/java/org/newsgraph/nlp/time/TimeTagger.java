package org.newsgraph.nlp.time;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.nlp.text.TextAnalysis;

/** Finds the time expressions of a text and gives each a TIMEX3-style value. */
@FunctionalInterface
public interface TimeTagger {

  /**
   * The time expressions in {@code analysis}, in text order; relative ones are resolved against
   * {@code anchor} (the publication date), or left unresolved when it is {@code null}.
   */
  List<TimeExpression> tag(TextAnalysis analysis, LocalDate anchor);
}
