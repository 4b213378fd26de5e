package org.newsgraph.server.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.core.Polarity;
import org.newsgraph.index.EventSource;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.index.KnownEvent;
import org.newsgraph.index.query.DateRange;
import org.newsgraph.index.query.EntityProfile;
import org.newsgraph.index.query.EventQuery;
import org.newsgraph.index.query.Paging;
import org.newsgraph.index.query.ResultPage;
import org.newsgraph.server.watch.FactLines;

/**
 * Two entities ("Tanaka and Berg"): every event between them in time order, counted by month,
 * with contacts reported as not happening shown as such and the articles behind each event.
 */
final class PairPage {

  /** The most events one pair page lists. */
  static final int MAX_EVENTS = 2000;

  private final KnowledgeBase kb;

  PairPage(KnowledgeBase kb) {
    this.kb = kb;
  }

  void show(Context ctx) throws IOException {
    String a = Inputs.query(ctx, "a");
    String b = Inputs.query(ctx, "b");
    Html body = new Html().element("h1", a == null || b == null ? "Events between two entities"
        : name(a) + " and " + name(b));
    body.append(form(a, b));
    if (a == null || b == null) {
      body.element("p", "Give two names or entity ids.", "class", "muted");
      Layout.send(ctx, "Pairs", body);
      return;
    }
    List<KnownEvent> events = between(kb, a, b);
    long negated = events.stream().filter(e -> e.polarity() == Polarity.NEGATIVE).count();
    body.element("p", events.size() + " events between them, " + negated
        + " of them reported as not happening.", "class", "summary");
    Map<String, List<KnownEvent>> byMonth = new TreeMap<>();
    for (KnownEvent e : events) {
      byMonth.computeIfAbsent(e.date() == null ? "undated" : e.date().substring(0, 7),
          k -> new ArrayList<>()).add(e);
    }
    body.append(counts(byMonth));
    body.open("ol", "class", "timeline");
    byMonth.forEach((month, inMonth) -> {
      body.open("li").element("h2", month + " (" + inMonth.size() + ")").open("ul");
      inMonth.forEach(e -> body.append(event(e)));
      body.close("ul").close("li");
    });
    body.close("ol");
    Layout.send(ctx, name(a) + " and " + name(b), body);
  }

  /** Every event both take part in, in time order, up to {@link #MAX_EVENTS}. */
  static List<KnownEvent> between(KnowledgeBase kb, String a, String b) throws IOException {
    List<KnownEvent> all = new ArrayList<>();
    for (int page = 1; all.size() < MAX_EVENTS; page++) {
      ResultPage<KnownEvent> found = kb.events(new EventQuery(a, b, null, null, DateRange.any(),
          new Paging(page, Paging.MAX_SIZE)));
      all.addAll(found.items());
      if (found.items().size() < Paging.MAX_SIZE) {
        break;
      }
    }
    return all;
  }

  private String name(String entity) throws IOException {
    if (entity.matches("[A-Za-z0-9]{1,64}")) {
      EntityProfile profile = kb.entity(entity);
      if (profile != null) {
        return profile.entity().name();
      }
    }
    return entity;
  }

  private static Html form(String a, String b) {
    return new Html().open("form", "class", "pair", "method", "get", "action", "/pair")
        .element("label", "First", "for", "a")
        .open("input", "id", "a", "name", "a", "value", a, "required", "required")
        .element("label", "Second", "for", "b")
        .open("input", "id", "b", "name", "b", "value", b, "required", "required")
        .element("button", "Show events", "type", "submit").close("form");
  }

  private static Html counts(Map<String, List<KnownEvent>> byMonth) {
    Html table = new Html().open("table", "class", "counts").element("caption", "Events by month")
        .open("thead").open("tr").element("th", "Month").element("th", "Events")
        .element("th", "Not happening").close("tr").close("thead").open("tbody");
    byMonth.forEach((month, events) -> table.open("tr").element("td", month)
        .element("td", String.valueOf(events.size()))
        .element("td", String.valueOf(events.stream()
            .filter(e -> e.polarity() == Polarity.NEGATIVE).count()))
        .close("tr"));
    return table.close("tbody").close("table");
  }

  private static Html event(KnownEvent e) {
    boolean negated = e.polarity() == Polarity.NEGATIVE;
    Html li = new Html().open("li", "class", negated ? "event-item negated" : "event-item");
    if (negated) {
      li.element("span", "not happening", "class", "badge");
    }
    li.element("strong", FactLines.eventSummary(e));
    li.element("span", " \u00b7 " + (e.mode() == null ? "" : e.mode() + " \u00b7 ")
        + e.independentSources() + " independent of " + e.sources().size() + " sources",
        "class", "muted");
    li.open("ul", "class", "sources");
    for (EventSource s : e.sources()) {
      li.open("li").link(Links.article(s.article()), s.title() == null ? s.article() : s.title());
      li.text(" " + (s.site() == null ? "" : s.site()) + (s.status() == null ? ""
          : " \u00b7 " + s.status().name().toLowerCase(Locale.ROOT)) + " ");
      String original = Links.external(s.url());
      if (original != null) {
        li.link(original, "original", "rel", "noopener noreferrer nofollow");
      }
      li.open("blockquote").text(s.evidence()).close("blockquote").close("li");
    }
    return li.close("ul").close("li");
  }
}
