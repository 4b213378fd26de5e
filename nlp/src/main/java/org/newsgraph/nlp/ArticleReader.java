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
  private final int maxCharacters;

  /**
   * The characters of an article's text that are read, at most (about 15,000 words): longer
   * texts are read up to the last paragraph or sentence break before it, so that one huge input
   * cannot hold a reader for minutes.
   */
  public static final int MAX_CHARACTERS = 100_000;

  public ArticleReader(
      Analyzer analyzer,
      EntityResolver entities,
      TimeTagger times,
      QuoteAttributor quotes,
      EventExtractor events) {
    this(analyzer, entities, times, quotes, events, MAX_CHARACTERS);
  }

  /** A reader that reads at most {@code maxCharacters} of each text. */
  public ArticleReader(
      Analyzer analyzer,
      EntityResolver entities,
      TimeTagger times,
      QuoteAttributor quotes,
      EventExtractor events,
      int maxCharacters) {
    if (maxCharacters < 1) {
      throw new IllegalArgumentException("maxCharacters must be positive: " + maxCharacters);
    }
    this.analyzer = analyzer;
    this.entities = entities;
    this.times = times;
    this.quotes = quotes;
    this.events = events;
    this.maxCharacters = maxCharacters;
  }

  /** The languages the readers understand. */
  public static final String SUPPORTED_LANGUAGE = "en";

  /**
   * Reads {@code article}; relative times resolve against its publication date. An article in a
   * language the readers do not understand, or with no text, comes back with no facts and a
   * warning; a text over the reader's limit is read up to it, with a warning.
   */
  public AnnotatedArticle read(Article article) {
    List<String> warnings = new ArrayList<>();
    String language = article.language();
    if (language != null && !language.equals(SUPPORTED_LANGUAGE)) {
      warnings.add("language " + language + " not supported for reading");
      return new AnnotatedArticle(article, List.of(), List.of(), List.of(), List.of(), warnings);
    }
    if (article.text().isBlank()) {
      warnings.add("empty text: nothing to read");
      return new AnnotatedArticle(article, List.of(), List.of(), List.of(), List.of(), warnings);
    }
    LocalDate anchor = article.publishedDate();
    if (anchor == null) {
      warnings.add("no publication date: relative times are left unresolved");
    }
    String text = article.text();
    if (text.length() > maxCharacters) {
      int cut = ReadingLimit.cut(text, maxCharacters);
      warnings.add("text of " + text.length() + " characters is too long: read only the first " + cut);
      text = text.substring(0, cut);
    }
    for (int open : QuotationMarks.unclosed(text)) {
      warnings.add("unbalanced quotation marks: the quotation opened at character " + open
          + " is not closed; it is read only to the end of its paragraph");
    }
    TextAnalysis analysis = analyzer.analyze(text);
    List<Entity> found = entities.resolve(analysis);
    List<TimeExpression> timeExpressions = times.tag(analysis, anchor);
    List<Quote> quoted = quotes.attribute(analysis, found);
    List<Event> happenings = events.extract(analysis, found, timeExpressions, quoted);
    return new AnnotatedArticle(article, found, quoted, timeExpressions, happenings, warnings);
  }
}
