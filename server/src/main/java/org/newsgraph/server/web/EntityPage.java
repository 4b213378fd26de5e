package org.newsgraph.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.index.KnownEntity;
import org.newsgraph.index.KnownEvent;
import org.newsgraph.index.RoleSeen;
import org.newsgraph.index.StoredQuote;
import org.newsgraph.index.query.CoMention;
import org.newsgraph.index.query.EntityProfile;
import org.newsgraph.index.query.Interval;
import org.newsgraph.index.query.TimelineBucket;
import org.newsgraph.server.watch.FactLines;

/**
 * An entity: names, roles over time, a timeline of mentions and events, latest quotes, events,
 * and the network of entities mentioned beside it. The chart and network read their data from
 * attributes of their elements; each also has a table or list that works without scripts.
 */
final class EntityPage {

  private static final int LATEST_QUOTES = 10;

  private final KnowledgeBase kb;
  private final ObjectMapper json = new ObjectMapper();

  EntityPage(KnowledgeBase kb) {
    this.kb = kb;
  }

  void show(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    EntityProfile profile = id.matches("[A-Za-z0-9]{1,64}") ? kb.entity(id) : null;
    if (profile == null) {
      Layout.send(ctx, HttpStatus.NOT_FOUND, "No such entity",
          new Html().element("h1", "No such entity").element("p", "No entity has id " + id + "."));
      return;
    }
    Interval interval = interval(Inputs.query(ctx, "interval"));
    KnownEntity e = profile.entity();
    Html body = new Html().open("div", "class", "entity");
    body.element("h1", e.name())
        .open("p", "class", "meta")
        .text(e.type().name().toLowerCase(Locale.ROOT) + " \u00b7 " + e.mentions()
            + " mentions in " + e.articles().size() + " articles"
            + (e.firstSeen() == null ? "" : " \u00b7 seen " + e.firstSeen() + " to " + e.lastSeen()))
        .close("p");
    body.open("p").link("/search?entity=" + Links.encode(e.id()), "Articles mentioning " + e.name())
        .text(" \u00b7 ").link(Links.quotesBy(e.id()), "All quotes by " + e.name()).close("p");
    if (!e.aliases().isEmpty()) {
      body.element("h2", "Also known as").element("p", String.join(" \u00b7 ", e.aliases()));
    }
    body.append(roles(e.roles()));
    body.append(timeline(e.id(), interval, kb.timeline(e.id(), interval)));
    body.open("div", "class", "columns");
    body.open("div").append(quotes(profile.quotes())).append(events(e, profile.events()))
        .close("div");
    body.append(network(e, profile.coMentioned())).close("div").close("div");
    Layout.send(ctx, e.name(), body, Assets.CHART_JS, Assets.CYTOSCAPE_JS, Assets.ENTITY_JS);
  }

  private static Interval interval(String value) {
    if (value == null) {
      return Interval.MONTH;
    }
    for (Interval i : Interval.values()) {
      if (i.name().equalsIgnoreCase(value)) {
        return i;
      }
    }
    throw new BadInput("interval must be day, week or month, not '" + value + "'");
  }

  private static Html roles(List<RoleSeen> roles) {
    Html section = new Html().element("h2", "Roles over time");
    if (roles.isEmpty()) {
      return section.element("p", "No roles seen.", "class", "muted");
    }
    section.open("table", "class", "roles").open("thead").open("tr").element("th", "Date")
        .element("th", "Role").element("th", "Article").close("tr").close("thead").open("tbody");
    for (RoleSeen r : roles) {
      section.open("tr").element("td", r.date() == null ? "undated" : r.date())
          .element("td", (r.former() ? "former " : "") + r.text())
          .open("td").link(Links.article(r.article()), "source").close("td").close("tr");
    }
    return section.close("tbody").close("table");
  }

  private Html timeline(String id, Interval interval, List<TimelineBucket> buckets)
      throws JsonProcessingException {
    List<String> labels = new ArrayList<>();
    List<Integer> mentions = new ArrayList<>();
    List<Integer> events = new ArrayList<>();
    for (TimelineBucket b : buckets) {
      labels.add(b.period());
      mentions.add(b.mentions());
      events.add(b.events());
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("labels", labels);
    data.put("mentions", mentions);
    data.put("events", events);
    Html section = new Html().element("h2", "Timeline", "id", "timeline-heading");
    section.open("p", "class", "intervals").text("By ");
    for (Interval i : Interval.values()) {
      String name = i.name().toLowerCase(Locale.ROOT);
      if (i == interval) {
        section.element("strong", name, "aria-current", "true");
      } else {
        section.link(Links.entity(id) + "?interval=" + name, name);
      }
      section.text(" ");
    }
    section.close("p");
    section.open("div", "class", "chart").open("canvas", "id", "timeline", "role", "img",
        "aria-label", "Mentions and events by " + interval.name().toLowerCase(Locale.ROOT),
        "data-timeline", json.writeValueAsString(data)).close("canvas").close("div");
    section.open("details").element("summary", "Timeline as a table")
        .open("table").open("thead").open("tr").element("th", "Period").element("th", "Articles")
        .element("th", "Events").close("tr").close("thead").open("tbody");
    for (TimelineBucket b : buckets) {
      section.open("tr").element("td", b.period()).element("td", String.valueOf(b.mentions()))
          .element("td", String.valueOf(b.events())).close("tr");
    }
    return section.close("tbody").close("table").close("details");
  }

  private static Html quotes(List<StoredQuote> quotes) {
    Html section = new Html().element("h2", "Latest quotes");
    if (quotes.isEmpty()) {
      return section.element("p", "No quotes.", "class", "muted");
    }
    List<StoredQuote> latest = new ArrayList<>(quotes);
    java.util.Collections.reverse(latest);
    section.open("ul", "class", "quotes");
    for (StoredQuote q : latest.subList(0, Math.min(LATEST_QUOTES, latest.size()))) {
      section.open("li").element("q", q.quote().text()).text(" ")
          .open("span", "class", "muted").text(q.published() == null ? "" : q.published() + " ")
          .link(Links.article(q.article()), q.title() == null ? "article" : q.title())
          .close("span").close("li");
    }
    return section.close("ul");
  }

  private static Html events(KnownEntity self, List<KnownEvent> events) {
    Html section = new Html().element("h2", "Events");
    if (events.isEmpty()) {
      return section.element("p", "No events.", "class", "muted");
    }
    section.open("ul", "class", "events");
    for (KnownEvent ev : events) {
      section.open("li", "class", ev.polarity().name().equals("NEGATIVE") ? "negated" : null)
          .text(FactLines.eventSummary(ev))
          .element("span", " \u00b7 " + ev.independentSources() + " independent sources",
              "class", "muted");
      ev.actors().stream()
          .filter(a -> a.entity() != null && !a.entity().equals(self.id()))
          .findFirst()
          .ifPresent(other -> section.text(" \u00b7 ")
              .link(Links.pair(self.id(), other.entity()), "all with " + other.name()));
      section.close("li");
    }
    return section.close("ul");
  }

  private Html network(KnownEntity self, List<CoMention> company) throws JsonProcessingException {
    List<Map<String, Object>> nodes = new ArrayList<>();
    List<Map<String, Object>> edges = new ArrayList<>();
    nodes.add(node(self.id(), self.name(), self.type().name().toLowerCase(Locale.ROOT), true));
    for (CoMention c : company) {
      nodes.add(node(c.id(), c.name(), c.type(), false));
      edges.add(Map.of("id", self.id() + "-" + c.id(), "source", self.id(), "target", c.id(),
          "weight", c.articles()));
    }
    Html section = new Html().open("section", "class", "network", "aria-labelledby", "network-heading");
    section.element("h2", "Mentioned with", "id", "network-heading");
    section.open("div", "id", "network", "class", "graph", "role", "img",
        "aria-label", "Network of entities mentioned with " + self.name(),
        "data-graph", json.writeValueAsString(Map.of("nodes", nodes, "edges", edges)))
        .close("div");
    section.open("ul", "class", "company");
    for (CoMention c : company) {
      section.open("li").link(Links.entity(c.id()), c.name(), "class", "network-link")
          .element("span", " " + c.articles() + " articles", "class", "muted").text(" \u00b7 ")
          .link(Links.pair(self.id(), c.id()), "events between them").close("li");
    }
    return section.close("ul").close("section");
  }

  private static Map<String, Object> node(String id, String name, String type, boolean centre) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("id", id);
    node.put("label", name);
    node.put("type", type);
    node.put("url", Links.entity(id));
    node.put("centre", centre);
    return node;
  }
}
