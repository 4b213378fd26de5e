package org.newsgraph.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.server.status.IngestLog;
import org.newsgraph.server.watch.AlertFinder;
import org.newsgraph.server.watch.WatchlistStore;

/**
 * The analyst's web UI and the watchlist API, added to a Javalin app with {@link #register}.
 * Pages answer errors with an HTML page, {@code /api/} routes with a JSON error.
 */
public final class WebUi {

  private final SearchPage search;
  private final ArticlePage article;
  private final EntityPage entity;
  private final PairPage pair;
  private final QuotesPage quotes;
  private final IngestPage ingest;
  private final WatchlistPages watchPages;
  private final WatchlistApi watchApi;
  private final Assets assets = new Assets();
  private final DigestRound digestRound;
  private final Clock clock;

  /** Opens the watchlists and the ingest log kept in {@code settings.dataDir()}. */
  public WebUi(KnowledgeBase kb, WebSettings settings) throws IOException {
    Watchlists watchlists = new Watchlists(kb, new WatchlistStore(settings.dataDir()), settings);
    this.search = new SearchPage(kb);
    this.article = new ArticlePage(kb);
    this.entity = new EntityPage(kb);
    this.pair = new PairPage(kb);
    this.quotes = new QuotesPage(kb);
    this.ingest = new IngestPage(kb, new IngestLog(settings.dataDir(), Clock.systemUTC()));
    this.watchPages = new WatchlistPages(watchlists);
    this.watchApi = new WatchlistApi(watchlists, new AlertFinder(kb), settings.apiToken());
    this.digestRound = new DigestRound(watchlists, new SentDigests(settings.dataDir()));
    this.clock = settings.clock();
  }

  /**
   * Sends every watchlist's digest of the day by email once the day reaches {@code at}, each one
   * once, until the returned timer is closed; links start with {@code base}, and each digest that
   * cannot be sent is told to {@code problems}.
   */
  public DigestTimer sendDigestsDaily(LocalTime at, String base, Consumer<String> problems) {
    return new DigestTimer(digestRound, at, base, clock, problems);
  }

  /** Adds the pages, assets, watchlist routes and their error pages to {@code app}. */
  public void register(Javalin app) {
    assets.register(app);
    app.get("/", ctx -> ctx.redirect("/search"));
    app.get("/favicon.ico", ctx -> ctx.status(HttpStatus.NO_CONTENT));
    app.get("/search", search::show);
    app.get("/articles/{id}", article::show);
    app.get("/entities/{id}", entity::show);
    app.get("/pair", pair::show);
    app.get("/quotes", quotes::show);
    app.get("/ingest", ingest::show);
    app.get("/watchlists", watchPages::list);
    app.post("/watchlists", watchPages::create);
    app.get("/watchlists/{id}", watchPages::show);
    app.post("/watchlists/{id}/rules", watchPages::addRule);
    app.post("/watchlists/{id}/send", watchPages::send);
    app.post("/watchlists/{id}/delete", watchPages::delete);
    app.get("/watchlists/{id}/feed.atom", watchPages::feed);
    app.get("/watchlists/{id}/digest", watchPages::digest);
    app.get("/api/watchlists", watchApi::list);
    app.post("/api/watchlists", watchApi::create);
    app.get("/api/watchlists/{id}", watchApi::get);
    app.delete("/api/watchlists/{id}", watchApi::delete);
    app.post("/api/watchlists/{id}/rules", watchApi::addRule);
    app.get("/api/watchlists/{id}/alerts", watchApi::alerts);
    app.post("/api/watchlists/{id}/digest", watchApi::send);
    app.exception(BadInput.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
    app.exception(NotFound.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
    app.exception(Forbidden.class, (e, ctx) -> error(ctx, HttpStatus.FORBIDDEN, e.getMessage()));
    app.exception(WatchlistApi.Unauthorised.class,
        (e, ctx) -> error(ctx, HttpStatus.UNAUTHORIZED, e.getMessage()));
  }

  private static void error(Context ctx, HttpStatus status, String message) {
    if (ctx.path().startsWith("/api/")) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error", message);
      body.put("status", status.getCode());
      ctx.status(status).json(body);
    } else {
      Layout.send(ctx, status, status.getMessage(),
          new Html().element("h1", status.getMessage()).element("p", message, "class", "error"));
    }
  }
}
