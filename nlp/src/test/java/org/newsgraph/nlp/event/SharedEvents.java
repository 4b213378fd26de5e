package org.newsgraph.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.newsgraph.core.Entity;
import org.newsgraph.core.Event;
import org.newsgraph.core.EventActor;
import org.newsgraph.core.Quote;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.nlp.ArticleReader;
import org.newsgraph.nlp.SharedAnalyzer;
import org.newsgraph.nlp.entity.NewsEntityResolver;
import org.newsgraph.nlp.quote.CueQuoteAttributor;
import org.newsgraph.nlp.text.TextAnalysis;
import org.newsgraph.nlp.time.RuleTimeTagger;

/** One event extractor (its parser model takes seconds to load) and the standard readers before it. */
public final class SharedEvents {

  /** The publication date the event tests read their sentences against. */
  public static final LocalDate PUBLISHED = LocalDate.of(2021, 5, 14);

  private SharedEvents() {}

  private static final class Holder {
    static final ParsedEventExtractor INSTANCE = new ParsedEventExtractor();
    static final NewsEntityResolver ENTITIES = new NewsEntityResolver();
  }

  /** The shared extractor, loaded on first use. */
  public static ParsedEventExtractor get() {
    return Holder.INSTANCE;
  }

  /** A reader like the standard one, on the shared analyzer and extractor. */
  public static ArticleReader reader() {
    return new ArticleReader(
        SharedAnalyzer.get(), Holder.ENTITIES, new RuleTimeTagger(), new CueQuoteAttributor(), get());
  }

  /** The events of {@code text}, its relative times resolved against {@code published}. */
  public static List<Event> read(String text, LocalDate published) {
    TextAnalysis analysis = SharedAnalyzer.get().analyze(text);
    List<TimeExpression> times = new RuleTimeTagger().tag(analysis, published);
    List<Entity> entities = Holder.ENTITIES.resolve(analysis);
    List<Quote> quotes = new CueQuoteAttributor().attribute(analysis, entities);
    return get().extract(analysis, entities, times, quotes);
  }

  /** The first event of {@code action} in {@code text}; the test fails when there is none. */
  public static Event first(String text, String action, LocalDate published) {
    List<Event> events = read(text, published);
    Optional<Event> found = events.stream().filter(e -> e.action().equals(action)).findFirst();
    assertThat(found).as("%s in %s", action, events).isPresent();
    return found.get();
  }

  /** The first event of {@code action} in {@code text}, published on {@link #PUBLISHED}. */
  public static Event only(String text, String action) {
    return first(text, action, PUBLISHED);
  }

  /** The actors' country codes, in order. */
  public static List<String> countries(List<EventActor> actors) {
    return actors.stream().map(EventActor::country).toList();
  }
}
