package org.newsgraph.nlp;

import org.newsgraph.nlp.corenlp.CoreNlpAnalyzer;
import org.newsgraph.nlp.entity.NewsEntityResolver;
import org.newsgraph.nlp.event.ParsedEventExtractor;
import org.newsgraph.nlp.quote.CueQuoteAttributor;
import org.newsgraph.nlp.time.RuleTimeTagger;

/** Assembles the standard reading pipeline: CoreNLP analysis and our news readers on top. */
public final class StandardReading {

  private StandardReading() {}

  /** A new reader with every model loaded; share it, it is safe across threads. */
  public static ArticleReader create() {
    return new ArticleReader(
        new CoreNlpAnalyzer(),
        new NewsEntityResolver(),
        new RuleTimeTagger(),
        new CueQuoteAttributor(),
        new ParsedEventExtractor());
  }
}
