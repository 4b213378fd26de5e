package org.newsgraph.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.AnnotatedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Entity;
import org.newsgraph.core.Event;
import org.newsgraph.core.Quote;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.nlp.entity.EntityResolver;
import org.newsgraph.nlp.event.EventExtractor;
import org.newsgraph.nlp.quote.QuoteAttributor;
import org.newsgraph.nlp.text.Analyzer;
import org.newsgraph.nlp.text.TextAnalysis;
import org.newsgraph.nlp.time.TimeTagger;

/**
 * The reading stage: analyses an article's text once, then runs the readers on it. Each reader's
 * prerequisites are its parameters, so the order is fixed by the types. Safe to share across
 * threads when its parts are.
 */
public final class ArticleReader {

  private final Analyzer analyzer;
  private final EntityResolver entities;
  private final TimeTagger times;
  private final QuoteAttributor quotes;
  private final EventExtractor events;

  public ArticleReader(
      Analyzer analyzer,
      EntityResolver entities,
      TimeTagger times,
      QuoteAttributor quotes,
      EventExtractor events) {
    this.analyzer = analyzer;
    this.entities = entities;
    this.times = times;
    this.quotes = quotes;
    this.events = events;
  }

  /** The languages the readers understand. */
  public static final String SUPPORTED_LANGUAGE = "en";

  /**
   * Reads {@code article}; relative times resolve against its publication date. An article in a
   * language the readers do not understand comes back with no facts and a warning.
   */
  public AnnotatedArticle read(Article article) {
    List<String> warnings = new ArrayList<>();
    String language = article.language();
    if (language != null && !language.equals(SUPPORTED_LANGUAGE)) {
      warnings.add("language " + language + " not supported for reading");
      return new AnnotatedArticle(article, List.of(), List.of(), List.of(), List.of(), warnings);
    }
    LocalDate anchor = article.publishedDate();
    if (anchor == null) {
      warnings.add("no publication date: relative times are left unresolved");
    }
    TextAnalysis analysis = analyzer.analyze(article.text());
    List<Entity> found = entities.resolve(analysis);
    List<TimeExpression> timeExpressions = times.tag(analysis, anchor);
    List<Quote> quoted = quotes.attribute(analysis, found);
    List<Event> happenings = events.extract(analysis, found, timeExpressions, quoted);
    return new AnnotatedArticle(article, found, quoted, timeExpressions, happenings, warnings);
  }
}
