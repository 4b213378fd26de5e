package org.newsgraph.server.web;

import static org.newsgraph.testkit.ArticleFixture.article;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.AnnotatedArticle;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Event;
import org.newsgraph.core.Polarity;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.index.KnowledgeWriter;
import org.newsgraph.index.KnownEntity;
import org.newsgraph.index.query.ArticleQuery;
import org.newsgraph.index.query.DateRange;
import org.newsgraph.index.query.Paging;
import org.newsgraph.server.ApiServer;
import org.newsgraph.server.watch.SmtpSettings;
import org.newsgraph.testkit.SummitStories;

/**
 * A served knowledge base for web tests: the summit stories, an article whose title and body
 * carry script payloads, a report of a meeting that did not happen, and enough harbour reports
 * to fill two pages of results.
 */
final class WebWorld implements AutoCloseable {

  static final String TOKEN = "test-token";
  static final String XSS_TITLE = "<script>alert('title')</script><img src=x onerror=alert(1)>";
  static final String XSS_TEXT = "Aiko Tanaka read <script>alert('body')</script> aloud and"
      + " <img src=x onerror=alert(2)> appeared.";
  static final int HARBOUR_REPORTS = 23;
  /** A Wednesday after the summit. */
  static final LocalDate TODAY = LocalDate.of(2024, 3, 6);

  final KnowledgeBase kb;
  final ApiServer server;
  final String base;

  private WebWorld(KnowledgeBase kb, ApiServer server) {
    this.kb = kb;
    this.server = server;
    this.base = "http://127.0.0.1:" + server.port();
  }

  static WebWorld start(Path dir, SmtpSettings smtp) throws IOException {
    try (KnowledgeWriter writer = KnowledgeWriter.open(dir)) {
      for (AnnotatedArticle a : articles()) {
        writer.add(a);
      }
      writer.commit();
    }
    KnowledgeBase kb = KnowledgeBase.open(dir);
    Clock clock = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    WebUi ui = new WebUi(kb, new WebSettings(dir, TOKEN, smtp, clock));
    ApiServer server = new ApiServer(kb, TOKEN, sources -> {
      throw new IOException("ingest is not part of these tests");
    }, url -> {
      throw new IllegalArgumentException("no fetching in tests");
    }).with(ui::register).start("127.0.0.1", 0);
    return new WebWorld(kb, server);
  }

  static List<AnnotatedArticle> articles() {
    List<AnnotatedArticle> all = new ArrayList<>(List.of(SummitStories.wire(),
        SummitStories.syndicated(), SummitStories.rival(), SummitStories.later(), payload(),
        cancelled()));
    for (int i = 1; i <= HARBOUR_REPORTS; i++) {
      all.add(article("https://port.example/harbour/" + i, "2024-02-" + (10 + i % 18), "Port",
          "Harbour report " + i, "The harbour of Bergen counted " + i + " trawlers today.")
          .entity(EntityType.LOCATION, "Bergen", null).build());
    }
    return all;
  }

  private static AnnotatedArticle payload() {
    return article("https://evil.example/payload", "2024-03-07", "Evil", XSS_TITLE, XSS_TEXT)
        .entity(EntityType.PERSON, "Aiko Tanaka", null)
        .build();
  }

  /** A report that Tanaka and Berg did not meet in April: a negated contact. */
  private static AnnotatedArticle cancelled() {
    String text = "Aiko Tanaka did not meet Lars Berg in Tokyo in April, the ministry said.";
    AnnotatedArticle built = article("https://rival.example/no-meeting", "2024-04-20", "Rival",
        "No second meeting", text)
        .entity(EntityType.PERSON, "Aiko Tanaka", null)
        .entity(EntityType.PERSON, "Lars Berg", null)
        .event("meet", "CONSULT", "Aiko Tanaka", "Lars Berg", "did not meet Lars Berg", null, null)
        .build();
    Event e = built.events().get(0);
    Event negated = new Event(e.id(), e.action(), e.type(), e.mode(), e.cameo(), e.source(),
        e.target(), e.place(), e.when(), e.status(), Polarity.NEGATIVE, e.count(), e.evidence(),
        e.trigger(), e.quote(), e.confidence());
    return new AnnotatedArticle(built.article(), built.entities(), built.quotes(), built.times(),
        List.of(negated), built.warnings());
  }

  /** The merged entity named exactly {@code name}. */
  KnownEntity entity(String name) throws IOException {
    return kb.entities(name, Paging.first()).items().stream()
        .filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  /** The id of the article whose URL contains {@code urlPart}. */
  String articleId(String urlPart) throws IOException {
    return kb.search(new ArticleQuery(null, DateRange.any(), null, null, new Paging(1, 100)))
        .results().items().stream().filter(h -> h.url() != null && h.url().contains(urlPart))
        .findFirst().orElseThrow().id();
  }

  @Override
  public void close() throws IOException {
    server.close();
    kb.close();
  }
}
