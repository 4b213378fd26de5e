package org.newsgraph.nlp.event;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.core.Event;
import org.newsgraph.core.Quote;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.nlp.ArticleReader;
import org.newsgraph.nlp.SharedAnalyzer;
import org.newsgraph.nlp.quote.CueQuoteAttributor;
import org.newsgraph.nlp.text.TextAnalysis;
import org.newsgraph.nlp.time.RuleTimeTagger;

/** One event extractor (its parser model takes seconds to load) and the readers it needs. */
public final class SharedEvents {

  private SharedEvents() {}

  private static final class Holder {
    static final ParsedEventExtractor INSTANCE = new ParsedEventExtractor();
  }

  /** The shared extractor, loaded on first use. */
  public static ParsedEventExtractor get() {
    return Holder.INSTANCE;
  }

  /** A reader like the standard one, on the shared analyzer and extractor. */
  public static ArticleReader reader() {
    return new ArticleReader(
        SharedAnalyzer.get(), analysis -> List.of(), new RuleTimeTagger(), new CueQuoteAttributor(), get());
  }

  /** The events of {@code text}, its relative times resolved against {@code published}. */
  public static List<Event> read(String text, LocalDate published) {
    TextAnalysis analysis = SharedAnalyzer.get().analyze(text);
    List<TimeExpression> times = new RuleTimeTagger().tag(analysis, published);
    List<Quote> quotes = new CueQuoteAttributor().attribute(analysis, List.of());
    return get().extract(analysis, List.of(), times, quotes);
  }
}
