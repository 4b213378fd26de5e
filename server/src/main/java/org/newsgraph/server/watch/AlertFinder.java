package org.newsgraph.server.watch;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.Polarity;
import org.newsgraph.index.EventSource;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.index.KnownEvent;
import org.newsgraph.index.StoredQuote;
import org.newsgraph.index.query.ArticleHit;
import org.newsgraph.index.query.ArticleQuery;
import org.newsgraph.index.query.DateRange;
import org.newsgraph.index.query.EventQuery;
import org.newsgraph.index.query.Interval;
import org.newsgraph.index.query.Paging;
import org.newsgraph.index.query.QuoteQuery;
import org.newsgraph.index.query.ResultPage;
import org.newsgraph.index.query.SearchResults;
import org.newsgraph.index.query.TimelineBucket;

/**
 * Evaluates a watchlist's rules against the knowledge base: the alerts whose day falls in a date
 * range, newest first. An event or quote is dated by the day it was first published.
 */
public final class AlertFinder {

  /** The most facts one rule reads. */
  static final int MAX_FACTS = 2000;

  private final KnowledgeBase kb;

  public AlertFinder(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The alerts of {@code watchlist} dated within {@code range}, newest first. */
  public List<Alert> find(Watchlist watchlist, DateRange range) throws IOException {
    List<Alert> alerts = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Rule rule : watchlist.rules()) {
      for (Alert a : find(rule)) {
        if (within(a.date(), range) && seen.add(a.id())) {
          alerts.add(a);
        }
      }
    }
    alerts.sort(Comparator.comparing(Alert::date).reversed()
        .thenComparing(Comparator.comparingInt(Alert::weight).reversed())
        .thenComparing(Alert::id));
    return alerts;
  }

  private List<Alert> find(Rule rule) throws IOException {
    switch (rule.kind()) {
      case EVENT:
        return events(rule);
      case FIRST_CONTACT:
        return firstContact(rule);
      case QUOTE:
        return quotes(rule);
      default:
        return busyDays(rule);
    }
  }

  private List<Alert> events(Rule rule) throws IOException {
    List<Alert> alerts = new ArrayList<>();
    for (KnownEvent e : allEvents(rule.entity(), null, rule.action(), rule.type())) {
      Alert a = eventAlert("event", e, rule);
      if (a != null) {
        alerts.add(a);
      }
    }
    return alerts;
  }

  private List<Alert> firstContact(Rule rule) throws IOException {
    for (KnownEvent e : allEvents(rule.entity(), rule.other(), null, null)) {
      if (e.polarity() == Polarity.POSITIVE) {
        Alert a = eventAlert("first", e, rule);
        return a == null ? List.of() : List.of(a);
      }
    }
    return List.of();
  }

  private List<Alert> quotes(Rule rule) throws IOException {
    List<Alert> alerts = new ArrayList<>();
    for (int page = 1; alerts.size() < MAX_FACTS; page++) {
      ResultPage<StoredQuote> found = kb.quotes(new QuoteQuery(rule.entity(), null,
          DateRange.any(), new Paging(page, Paging.MAX_SIZE)));
      for (StoredQuote q : found.items()) {
        LocalDate day = day(q.published());
        if (day != null) {
          String speaker = q.quote().speaker() == null ? rule.entityName()
              : q.quote().speaker().name();
          alerts.add(new Alert("quote-" + q.id(), day, speaker + ": \u201c" + q.quote().text()
              + "\u201d", q.title() == null ? "" : q.title() + (q.site() == null ? ""
              : " (" + q.site() + ")"), "/articles/" + q.article(), 1, rule.describe()));
        }
      }
      if (found.items().size() < Paging.MAX_SIZE) {
        break;
      }
    }
    return alerts;
  }

  private List<Alert> busyDays(Rule rule) throws IOException {
    List<Alert> alerts = new ArrayList<>();
    for (TimelineBucket bucket : kb.timeline(rule.entity(), Interval.DAY)) {
      if (bucket.mentions() >= rule.minSources()) {
        LocalDate day = LocalDate.parse(bucket.period());
        int stories = stories(rule.entity(), day);
        if (stories >= rule.minSources()) {
          alerts.add(new Alert("busy-" + rule.entity() + "-" + day, day,
              rule.entityName() + " in " + stories + " independent sources",
              bucket.mentions() + " articles on " + day,
              "/search?entity=" + rule.entity() + "&from=" + day + "&to=" + day, stories,
              rule.describe()));
        }
      }
    }
    return alerts;
  }

  /** How many different stories mention {@code entity} on {@code day}: copies count once. */
  private int stories(String entity, LocalDate day) throws IOException {
    Set<String> stories = new HashSet<>();
    for (int page = 1; ; page++) {
      SearchResults found = kb.search(new ArticleQuery(null, new DateRange(day, day), entity, null,
          new Paging(page, Paging.MAX_SIZE)));
      found.results().items().stream().map(ArticleHit::story).forEach(stories::add);
      if (found.results().items().size() < Paging.MAX_SIZE || page == Paging.MAX_PAGE) {
        return stories.size();
      }
    }
  }

  private List<KnownEvent> allEvents(String actor, String actor2, String action, String type)
      throws IOException {
    List<KnownEvent> all = new ArrayList<>();
    for (int page = 1; all.size() < MAX_FACTS; page++) {
      ResultPage<KnownEvent> found = kb.events(new EventQuery(actor, actor2, action, type,
          DateRange.any(), new Paging(page, Paging.MAX_SIZE)));
      all.addAll(found.items());
      if (found.items().size() < Paging.MAX_SIZE) {
        break;
      }
    }
    return all;
  }

  private static Alert eventAlert(String prefix, KnownEvent e, Rule rule) {
    LocalDate first = null;
    for (EventSource s : e.sources()) {
      LocalDate day = day(s.published());
      if (day != null && (first == null || day.isBefore(first))) {
        first = day;
      }
    }
    if (first == null) {
      first = day(e.date());
    }
    if (first == null) {
      return null;
    }
    String link = e.sources().isEmpty() ? "/search"
        : "/articles/" + URLEncoder.encode(e.sources().get(0).article(), StandardCharsets.UTF_8);
    return new Alert(prefix + "-" + e.id(), first, FactLines.eventSummary(e),
        e.independentSources() + " independent sources", link, e.independentSources(),
        rule.describe());
  }

  private static LocalDate day(String iso) {
    if (iso == null || iso.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(iso.substring(0, 10));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static boolean within(LocalDate day, DateRange range) {
    return (range.from() == null || !day.isBefore(range.from()))
        && (range.to() == null || !day.isAfter(range.to()));
  }
}
