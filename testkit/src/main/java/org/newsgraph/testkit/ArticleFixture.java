package org.newsgraph.testkit;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.AnnotatedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Cue;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Event;
import org.newsgraph.core.EventActor;
import org.newsgraph.core.EventStatus;
import org.newsgraph.core.EventTime;
import org.newsgraph.core.Evidence;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Polarity;
import org.newsgraph.core.Quote;
import org.newsgraph.core.QuoteKind;
import org.newsgraph.core.Role;
import org.newsgraph.core.Speaker;

/**
 * Builds annotated articles for index tests without the reading stage: facts are placed on the
 * first occurrence of their words in the text, so the spans are real.
 */
public final class ArticleFixture {

  private final String url;
  private final String published;
  private final String site;
  private final String title;
  private final String text;
  private final List<Entity> entities = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();

  private ArticleFixture(String url, String published, String site, String title, String text) {
    this.url = url;
    this.published = published;
    this.site = site;
    this.title = title;
    this.text = text;
  }

  public static ArticleFixture article(
      String url, String published, String site, String title, String text) {
    return new ArticleFixture(url, published, site, title, text);
  }

  /** An entity named {@code name}, mentioned by each of {@code mentions} (and its name). */
  public ArticleFixture entity(EntityType type, String name, String role, String... mentions) {
    List<Mention> found = new ArrayList<>();
    found.add(mention(name));
    for (String m : mentions) {
      found.add(mention(m));
    }
    List<Role> roles =
        role == null
            ? List.of()
            : List.of(new Role(role, at(role), at(role) + role.length(), false));
    entities.add(new Entity("e" + (entities.size() + 1), type, name, found, roles));
    return this;
  }

  /** A direct quote of {@code words} by the entity named {@code speaker}. */
  public ArticleFixture quote(String words, String speaker) {
    Entity e = byName(speaker);
    Mention m = e.mentions().get(0);
    int start = at(words);
    quotes.add(
        new Quote(
            "q" + (quotes.size() + 1),
            words,
            start,
            start + words.length(),
            QuoteKind.DIRECT,
            new Speaker(e.id(), e.name(), m.start(), m.end()),
            cueOrNull()));
    return this;
  }

  /**
   * An event {@code action} of {@code type} by {@code source} to {@code target}, stated by {@code
   * evidence}.
   */
  public ArticleFixture event(
      String action,
      String type,
      String source,
      String target,
      String evidence,
      String when,
      String whenValue) {
    int start = at(evidence);
    EventTime time =
        when == null
            ? null
            : new EventTime(whenValue, null, when, at(when), at(when) + when.length());
    events.add(
        new Event(
            "v" + (events.size() + 1),
            action,
            type,
            null,
            "040",
            List.of(actor(source)),
            List.of(actor(target)),
            null,
            time,
            EventStatus.HAPPENED,
            Polarity.POSITIVE,
            null,
            new Evidence(evidence, start, start + evidence.length()),
            new Evidence(evidence, start, start + evidence.length()),
            null,
            0.9));
    return this;
  }

  public AnnotatedArticle build() {
    Article article =
        new Article(
            url == null ? "fixture" : url,
            url,
            title,
            List.of(),
            published,
            "en",
            site,
            null,
            text,
            List.of());
    return new AnnotatedArticle(article, entities, quotes, List.of(), events, List.of());
  }

  private EventActor actor(String name) {
    Entity e = byName(name);
    Mention m = e.mentions().get(0);
    return new EventActor(e.id(), e.name(), m.text(), m.start(), m.end(), null, null);
  }

  private Cue cueOrNull() {
    int said = text.indexOf("said");
    return said < 0 ? null : new Cue("said", said, said + 4);
  }

  private Entity byName(String name) {
    return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  private Mention mention(String words) {
    int start = at(words);
    return new Mention(words, start, start + words.length());
  }

  private int at(String words) {
    int start = text.indexOf(words);
    if (start < 0) {
      throw new IllegalArgumentException("'" + words + "' is not in the text");
    }
    return start;
  }
}
