package org.newsgraph.server.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.index.query.ArticleHit;
import org.newsgraph.index.query.ArticleQuery;
import org.newsgraph.index.query.DateRange;
import org.newsgraph.index.query.FacetValue;
import org.newsgraph.index.query.SearchResults;

/** The search page: a query box, dates, filters, facets, and highlighted results page by page. */
final class SearchPage {

  private static final String[] ENTITY_FACETS = {"people", "organisations", "places"};
  private static final String[] PLAIN_FACETS = {"sources", "months"};

  private final KnowledgeBase kb;

  SearchPage(KnowledgeBase kb) {
    this.kb = kb;
  }

  void show(Context ctx) throws IOException {
    String q = Inputs.query(ctx, "q");
    DateRange dates = Inputs.dates(ctx);
    String entity = Inputs.query(ctx, "entity");
    String type = Inputs.query(ctx, "type");
    String source = Inputs.query(ctx, "source");
    if (entity != null && !entity.matches("[A-Za-z0-9]{1,64}")) {
      throw new BadInput("entity must be an entity id");
    }
    if (type != null && !type.matches("[A-Za-z_]{1,40}")) {
      throw new BadInput("event type must be one word, such as CONSULT");
    }
    if (source != null && source.chars().anyMatch(Character::isISOControl)) {
      throw new BadInput("source must be one line without control characters");
    }
    String eventType = type == null ? null : type.toUpperCase(java.util.Locale.ROOT);
    SearchResults found =
        kb.search(new ArticleQuery(q, dates, entity, eventType, source, Inputs.paging(ctx)));
    Html body = new Html().element("h1", "Search articles");
    body.append(form(q, dates, entity, eventType, source));
    body.open("div", "class", "columns");
    body.open("section", "class", "results", "aria-label", "Results");
    if (found.results().items().isEmpty()) {
      body.element("p", "No articles match.");
    }
    body.open("ol", "class", "hits", "start",
        String.valueOf((found.results().page() - 1) * found.results().size() + 1));
    for (ArticleHit hit : found.results().items()) {
      body.append(hit(hit));
    }
    body.close("ol").append(Pager.of(ctx, found.results())).close("section");
    body.append(facets(ctx, found.facets())).close("div");
    Layout.send(ctx, q == null ? "Search" : "Search: " + q, body);
  }

  private static Html form(
      String q, DateRange dates, String entity, String type, String source) {
    Html form = new Html().open("form", "class", "search", "method", "get", "action", "/search",
        "role", "search");
    form.open("label", "for", "q").text("Words").close("label")
        .open("input", "id", "q", "name", "q", "type", "search", "value", q,
            "placeholder", "\"fishing quotas\" -whaling");
    form.open("label", "for", "from").text("From").close("label")
        .open("input", "id", "from", "name", "from", "type", "date",
            "value", dates.from() == null ? null : dates.from().toString());
    form.open("label", "for", "to").text("To").close("label")
        .open("input", "id", "to", "name", "to", "type", "date",
            "value", dates.to() == null ? null : dates.to().toString());
    form.open("label", "for", "type").text("Event type").close("label")
        .open("input", "id", "type", "name", "type", "value", type, "placeholder", "CONSULT");
    if (entity != null) {
      form.open("input", "type", "hidden", "name", "entity", "value", entity);
    }
    if (source != null) {
      form.open("input", "type", "hidden", "name", "source", "value", source);
    }
    form.element("button", "Search", "type", "submit");
    if (entity != null || source != null) {
      form.link("/search", "Clear filters");
    }
    return form.close("form");
  }

  private static Html hit(ArticleHit hit) {
    Html li = new Html().open("li", "class", "hit");
    li.open("h2").link(Links.article(hit.id()), hit.title() == null ? hit.id() : hit.title())
        .close("h2");
    li.open("p", "class", "meta").text(String.join(" \u00b7 ", nonNull(hit.site(),
        hit.published() == null ? null : hit.published().substring(0, Math.min(10,
            hit.published().length()))))).close("p");
    for (String snippet : hit.highlights()) {
      li.open("p", "class", "snippet").append(Snippets.marked(snippet)).close("p");
    }
    return li.close("li");
  }

  private static Html facets(Context ctx, Map<String, List<FacetValue>> facets) {
    Html aside = new Html().open("aside", "class", "facets", "aria-label", "Facets");
    for (String name : ENTITY_FACETS) {
      aside.append(facet(ctx, name, facets.getOrDefault(name, List.of()), true));
    }
    for (String name : PLAIN_FACETS) {
      aside.append(facet(ctx, name, facets.getOrDefault(name, List.of()), false));
    }
    return aside.close("aside");
  }

  private static Html facet(Context ctx, String name, List<FacetValue> values, boolean linked) {
    Html section = new Html().open("section", "class", "facet");
    section.element("h2", Character.toUpperCase(name.charAt(0)) + name.substring(1));
    if (values.isEmpty()) {
      section.element("p", "none", "class", "muted");
    }
    section.open("ul");
    for (FacetValue v : values) {
      section.open("li");
      if (linked && v.id() != null) {
        section.link(filtered(ctx, v.id()), v.value(), "class", "facet-value")
            .text(" ").link(Links.entity(v.id()), "profile", "class", "small",
                "aria-label", "Profile of " + v.value());
      } else if (name.equals("months")) {
        section.link(month(ctx, v.value()), v.value(), "class", "facet-value");
      } else if (name.equals("sources")) {
        section.link(source(ctx, v.value()), v.value(), "class", "facet-value");
      } else {
        section.text(v.value());
      }
      section.element("span", String.valueOf(v.count()), "class", "count").close("li");
    }
    return section.close("ul").close("section");
  }

  private static String filtered(Context ctx, String entity) {
    return "/search?entity=" + Links.encode(entity)
        + keep(ctx, "q", "from", "to", "type", "source");
  }

  private static String source(Context ctx, String site) {
    return "/search?source=" + Links.encode(site) + keep(ctx, "q", "from", "to", "entity", "type");
  }

  private static String month(Context ctx, String month) {
    java.time.YearMonth m = java.time.YearMonth.parse(month);
    return "/search?from=" + m.atDay(1) + "&to=" + m.atEndOfMonth()
        + keep(ctx, "q", "entity", "type", "source");
  }

  private static String keep(Context ctx, String... names) {
    StringBuilder s = new StringBuilder();
    for (String name : names) {
      String value = ctx.queryParam(name);
      if (value != null && !value.isBlank()) {
        s.append('&').append(name).append('=').append(Links.encode(value));
      }
    }
    return s.toString();
  }

  private static List<String> nonNull(String... values) {
    return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
  }
}
