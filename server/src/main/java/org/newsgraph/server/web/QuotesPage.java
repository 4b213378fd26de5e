package org.newsgraph.server.web;

import io.javalin.http.Context;
import java.io.IOException;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.index.StoredQuote;
import org.newsgraph.index.query.DateRange;
import org.newsgraph.index.query.QuoteQuery;
import org.newsgraph.index.query.ResultPage;

/** Quotations, searched by speaker, words and dates. */
final class QuotesPage {

  private final KnowledgeBase kb;

  QuotesPage(KnowledgeBase kb) {
    this.kb = kb;
  }

  void show(Context ctx) throws IOException {
    String speaker = Inputs.query(ctx, "speaker");
    String q = Inputs.query(ctx, "q");
    DateRange dates = Inputs.dates(ctx);
    ResultPage<StoredQuote> found = kb.quotes(new QuoteQuery(speaker, q, dates, Inputs.paging(ctx)));
    Html body = new Html().element("h1", "Quotes");
    body.open("form", "class", "search", "method", "get", "action", "/quotes", "role", "search")
        .element("label", "Speaker", "for", "speaker")
        .open("input", "id", "speaker", "name", "speaker", "value", speaker)
        .element("label", "Words", "for", "q")
        .open("input", "id", "q", "name", "q", "type", "search", "value", q)
        .element("label", "From", "for", "from")
        .open("input", "id", "from", "name", "from", "type", "date",
            "value", dates.from() == null ? null : dates.from().toString())
        .element("label", "To", "for", "to")
        .open("input", "id", "to", "name", "to", "type", "date",
            "value", dates.to() == null ? null : dates.to().toString())
        .element("button", "Find quotes", "type", "submit").close("form");
    if (found.items().isEmpty()) {
      body.element("p", "No quotes match.");
    }
    body.open("ul", "class", "quotes");
    for (StoredQuote sq : found.items()) {
      String name = sq.quote().speaker() == null ? "Unknown speaker" : sq.quote().speaker().name();
      body.open("li").open("blockquote").text(sq.quote().text()).close("blockquote");
      body.open("p", "class", "muted").text("\u2014 ");
      if (sq.speaker() == null) {
        body.text(name);
      } else {
        body.link(Links.entity(sq.speaker()), name);
      }
      body.text(", " + (sq.published() == null ? "undated" : sq.published()) + ", ")
          .link(Links.article(sq.article()), sq.title() == null ? "article" : sq.title())
          .text(sq.site() == null ? "" : " (" + sq.site() + ")").close("p").close("li");
    }
    body.close("ul").append(Pager.of(ctx, found));
    Layout.send(ctx, "Quotes", body);
  }
}
