package org.newsgraph.nlp;

import java.util.List;
import org.newsgraph.nlp.corenlp.CoreNlpAnalyzer;
import org.newsgraph.nlp.entity.NewsEntityResolver;
import org.newsgraph.nlp.event.EventExtractor;
import org.newsgraph.nlp.event.ParsedEventExtractor;
import org.newsgraph.nlp.quote.CueQuoteAttributor;
import org.newsgraph.nlp.time.RuleTimeTagger;

/** Assembles the standard reading pipeline: CoreNLP analysis and our news readers on top. */
public final class StandardReading {

  private StandardReading() {}

  /** A new reader with every model loaded; share it, it is safe across threads. */
  public static ArticleReader create() {
    return assemble(new ParsedEventExtractor());
  }

  /**
   * The standard reader with no event extraction (its events are always empty), for measuring
   * what events cost. CoreNLP's models are loaded once per process, so it shares them with
   * {@link #create()}.
   */
  public static ArticleReader withoutEvents() {
    return assemble((analysis, entities, times, quotes) -> List.of());
  }

  private static ArticleReader assemble(EventExtractor events) {
    return new ArticleReader(
        new CoreNlpAnalyzer(),
        new NewsEntityResolver(),
        new RuleTimeTagger(),
        new CueQuoteAttributor(),
        events);
  }
}
