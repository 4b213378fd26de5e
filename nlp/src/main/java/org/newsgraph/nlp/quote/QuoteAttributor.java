package org.newsgraph.nlp.quote;

import java.util.List;
import org.newsgraph.core.Entity;
import org.newsgraph.core.Quote;
import org.newsgraph.nlp.text.TextAnalysis;

/** Finds the quotations of a text and attributes each to its speaker. */
@FunctionalInterface
public interface QuoteAttributor {

  /** The quotations in {@code analysis}, ids {@code q1, q2, ...} in text order. */
  List<Quote> attribute(TextAnalysis analysis, List<Entity> entities);
}
