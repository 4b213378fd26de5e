package org.newsgraph.server.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.core.AnnotatedArticle;
import org.newsgraph.core.Article;
import org.newsgraph.core.Entity;
import org.newsgraph.core.Event;
import org.newsgraph.core.Quote;
import org.newsgraph.core.TimeExpression;
import org.newsgraph.index.EntityLink;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.index.StoredArticle;
import org.newsgraph.server.watch.FactLines;

/** An article: its clean text with facts marked, the list of facts beside it, the original. */
final class ArticlePage {

  private final KnowledgeBase kb;

  ArticlePage(KnowledgeBase kb) {
    this.kb = kb;
  }

  void show(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    StoredArticle stored = id.matches("[A-Za-z0-9]{1,64}") ? kb.article(id) : null;
    if (stored == null) {
      Layout.send(ctx, HttpStatus.NOT_FOUND, "No such article",
          new Html().element("h1", "No such article").element("p", "No article has id " + id + "."));
      return;
    }
    AnnotatedArticle annotated = stored.annotated();
    Article article = annotated.article();
    Map<String, String> merged = new HashMap<>();
    for (EntityLink link : stored.entities()) {
      merged.put(link.local(), link.entity());
    }
    String title = article.title() == null ? "Untitled article" : article.title();
    Html body = new Html().open("article", "class", "reading");
    body.element("h1", title);
    body.open("p", "class", "meta");
    body.text(String.join(" \u00b7 ", java.util.stream.Stream.of(article.site(),
        article.published(), String.join(", ", article.authors()))
        .filter(s -> s != null && !s.isBlank()).toList()));
    String original = Links.external(article.url());
    if (original != null) {
      body.text(" \u00b7 ").link(original, "Original article", "rel", "noopener noreferrer nofollow");
    }
    body.close("p");
    body.append(legend());
    body.open("div", "class", "columns");
    body.open("div", "class", "text", "id", "article-text").append(ArticleMarkup.of(annotated, merged))
        .close("div");
    body.append(facts(annotated, merged)).close("div").close("article");
    Layout.send(ctx, title, body, Assets.ARTICLE_JS);
  }

  private static Html legend() {
    return new Html().open("p", "class", "legend").text("Marked: ")
        .element("span", "entities", "class", "ent").text(" ")
        .element("span", "quotes", "class", "quote").text(" ")
        .element("span", "times", "class", "time").text(" ")
        .element("span", "events", "class", "event").text(" ")
        .element("span", "roles", "class", "role").close("p");
  }

  private static Html facts(AnnotatedArticle annotated, Map<String, String> merged) {
    Html aside = new Html().open("aside", "class", "facts", "aria-label", "Facts");
    aside.element("h2", "Entities (" + annotated.entities().size() + ")").open("ul");
    for (Entity e : annotated.entities()) {
      aside.open("li", "id", "fact-" + e.id());
      String id = merged.get(e.id());
      if (id == null) {
        aside.text(e.name());
      } else {
        aside.link(Links.entity(id), e.name());
      }
      aside.element("span", " " + e.type().name().toLowerCase(Locale.ROOT) + ", "
          + e.mentions().size() + " mentions", "class", "muted").close("li");
    }
    aside.close("ul");
    aside.element("h2", "Quotes (" + annotated.quotes().size() + ")").open("ul");
    for (Quote q : annotated.quotes()) {
      aside.open("li", "id", "fact-" + q.id());
      String speaker = q.speaker() == null ? "Unknown speaker" : q.speaker().name();
      String speakerId = q.speaker() == null || q.speaker().entity() == null ? null
          : merged.get(q.speaker().entity());
      aside.open("strong");
      if (speakerId == null) {
        aside.text(speaker);
      } else {
        aside.link(Links.entity(speakerId), speaker);
      }
      aside.close("strong").text(": ").element("q", q.text()).close("li");
    }
    aside.close("ul");
    aside.element("h2", "Times (" + annotated.times().size() + ")").open("ul");
    for (TimeExpression t : annotated.times()) {
      aside.open("li").element("span", t.text()).text(" \u2192 ")
          .element("code", t.value()).close("li");
    }
    aside.close("ul");
    aside.element("h2", "Events (" + annotated.events().size() + ")").open("ul");
    for (Event e : annotated.events()) {
      aside.element("li", FactLines.eventSummary(e) + " [" + e.status().name().toLowerCase(Locale.ROOT)
          + "]", "id", "fact-" + e.id(), "class", e.polarity().name().equals("NEGATIVE")
          ? "negated" : null);
    }
    return aside.close("ul").close("aside");
  }
}
