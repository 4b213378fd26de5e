package org.newsgraph.nlp.quote.eval;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.Quote;
import org.newsgraph.core.QuoteKind;
import org.newsgraph.nlp.quote.QuoteAttributor;
import org.newsgraph.nlp.text.Analyzer;

/** Checks the quotation spans an attributor finds against GUM's marked quotations. */
public final class GumQuoteEvaluation {

  private GumQuoteEvaluation() {}

  /** The direct and partial quotes of each document, tallied against its marked quotations. */
  public static QuoteSpanTally run(List<GumQuoteCorpus.Document> documents, Analyzer analyzer, QuoteAttributor attributor) {
    QuoteSpanTally tally = new QuoteSpanTally();
    for (GumQuoteCorpus.Document d : documents) {
      List<Span> spans = new ArrayList<>();
      for (Quote q : attributor.attribute(analyzer.analyze(d.text()), List.of())) {
        if (q.kind() != QuoteKind.REPORTED) {
          spans.add(new Span(q.start(), q.end()));
        }
      }
      tally.add(d.quotes(), d.scareQuotes(), spans);
    }
    return tally;
  }
}
