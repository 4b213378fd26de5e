package org.newsgraph.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.newsgraph.index.IndexUnusableException;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.index.StoredArticle;
import org.newsgraph.index.query.ArticleQuery;
import org.newsgraph.index.query.EntityProfile;
import org.newsgraph.index.query.EventQuery;
import org.newsgraph.index.query.Interval;
import org.newsgraph.index.query.QuoteQuery;
import org.newsgraph.pipeline.PageSource;
import org.newsgraph.server.web.SecurityHeaders;

/**
 * The JSON API over a knowledge base (Javalin): searches, articles, entities, quotes, events,
 * timelines, and {@code POST /api/ingest} behind a bearer token. Every parameter is checked; a bad
 * request gets 400 with {@code {"error": ..., "parameter": ...}}, and an unexpected failure 500
 * with a one-line error, never a stack trace.
 */
public final class ApiServer implements AutoCloseable {

  /** The most URLs or pages one ingest request may carry. */
  static final int MAX_SUBMITTED = 100;

  /** The largest ingest request body. */
  static final int MAX_BODY = 20 * 1024 * 1024;

  private final KnowledgeBase kb;
  private final String token;
  private final IngestService ingest;
  private final Function<String, PageSource> urlSource;
  private final ObjectMapper json = new ObjectMapper();
  private final byte[] openApi;
  private final Javalin app;

  /**
   * @param token the bearer token that {@code POST /api/ingest} requires; null disables it
   * @param urlSource turns a submitted URL into a source (fetching politely, refusing private
   *     addresses unless allowed)
   */
  public ApiServer(
      KnowledgeBase kb, String token, IngestService ingest, Function<String, PageSource> urlSource)
      throws IOException {
    this.kb = kb;
    this.token = token;
    this.ingest = ingest;
    this.urlSource = urlSource;
    try (InputStream in = ApiServer.class.getResourceAsStream("openapi.json")) {
      this.openApi = in.readAllBytes();
    }
    this.app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.startupWatcherEnabled = false;
              config.jsonMapper(new JavalinJackson(json, false));
              config.http.maxRequestSize = MAX_BODY;
            });
    routes();
  }

  /** Adds more routes to this server before it starts, such as the web UI's {@code register}. */
  public ApiServer with(Consumer<Javalin> routes) {
    routes.accept(app);
    return this;
  }

  /** Starts serving on {@code host}:{@code port} (0 for any free port). */
  public ApiServer start(String host, int port) {
    app.start(host, port);
    return this;
  }

  /** The port being served. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private void routes() {
    app.before(SecurityHeaders::apply);
    app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    app.get("/api/search", this::search);
    app.get("/api/articles/{id}", this::article);
    app.get("/api/entities", this::entities);
    app.get("/api/entities/{id}", this::entity);
    app.get("/api/quotes", this::quotes);
    app.get("/api/events", this::events);
    app.get("/api/timeline", this::timeline);
    app.post("/api/ingest", this::ingest);
    app.exception(
        BadRequest.class,
        (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage(), e.parameter()));
    app.exception(
        IndexUnusableException.class,
        (e, ctx) -> error(ctx, HttpStatus.CONFLICT, e.getMessage(), null));
    app.exception(
        Exception.class,
        (e, ctx) ->
            error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error: " + oneLine(e), null));
    app.error(
        HttpStatus.NOT_FOUND,
        ctx -> {
          String type = ctx.res().getContentType();
          if (type == null || !type.contains("json")) {
            error(ctx, HttpStatus.NOT_FOUND, "no such resource: " + ctx.path(), null);
          }
        });
    app.error(
        HttpStatus.METHOD_NOT_ALLOWED,
        ctx ->
            error(ctx, HttpStatus.METHOD_NOT_ALLOWED, "method not allowed: " + ctx.method(), null));
  }

  private void search(Context ctx) throws IOException {
    String entity = Params.text(ctx, "entity");
    ArticleQuery query =
        new ArticleQuery(
            Params.text(ctx, "q"),
            Params.dates(ctx),
            entity == null ? null : Params.id("entity", entity),
            Params.word(ctx, "type", true),
            Params.line(ctx, "source"),
            Params.paging(ctx));
    ctx.json(kb.search(query));
  }

  private void article(Context ctx) throws IOException {
    String id = Params.id("id", ctx.pathParam("id"));
    StoredArticle article = kb.article(id);
    if (article == null) {
      error(ctx, HttpStatus.NOT_FOUND, "no article " + id, "id");
    } else {
      ctx.json(article);
    }
  }

  private void entities(Context ctx) throws IOException {
    ctx.json(kb.entities(Params.text(ctx, "q"), Params.paging(ctx)));
  }

  private void entity(Context ctx) throws IOException {
    String id = Params.id("id", ctx.pathParam("id"));
    EntityProfile profile = kb.entity(id);
    if (profile == null) {
      error(ctx, HttpStatus.NOT_FOUND, "no entity " + id, "id");
    } else {
      ctx.json(profile);
    }
  }

  private void quotes(Context ctx) throws IOException {
    ctx.json(
        kb.quotes(
            new QuoteQuery(
                Params.text(ctx, "speaker"),
                Params.text(ctx, "q"),
                Params.dates(ctx),
                Params.paging(ctx))));
  }

  private void events(Context ctx) throws IOException {
    ctx.json(
        kb.events(
            new EventQuery(
                Params.text(ctx, "actor"),
                Params.text(ctx, "actor2"),
                Params.word(ctx, "action", false),
                Params.word(ctx, "type", true),
                Params.dates(ctx),
                Params.paging(ctx))));
  }

  private void timeline(Context ctx) throws IOException {
    String entity = Params.id("entity", Params.required(ctx, "entity"));
    Interval interval = Params.choice(ctx, "interval", Interval.class, Interval.MONTH);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("entity", entity);
    body.put("interval", interval.name().toLowerCase(Locale.ROOT));
    body.put("buckets", kb.timeline(entity, interval));
    ctx.json(body);
  }

  private void ingest(Context ctx) throws IOException {
    if (token == null) {
      error(
          ctx, HttpStatus.FORBIDDEN, "ingest over the API is disabled: no token configured", null);
      return;
    }
    if (!authorised(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer");
      error(ctx, HttpStatus.UNAUTHORIZED, "a valid bearer token is required", "Authorization");
      return;
    }
    List<PageSource> sources = submitted(ctx.body());
    ctx.json(ingest.ingest(sources));
  }

  private boolean authorised(String header) {
    if (header == null || !header.startsWith("Bearer ")) {
      return false;
    }
    byte[] given = header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8));
  }

  /** The sources a request body names: {@code {"urls": [...], "pages": [{"source", "html"}]}}. */
  private List<PageSource> submitted(String body) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (IOException e) {
      throw new BadRequest("body", "body must be JSON: {\"urls\": [...], \"pages\": [...]}");
    }
    if (root == null || !root.isObject()) {
      throw new BadRequest("body", "body must be a JSON object with urls or pages");
    }
    List<PageSource> sources = new ArrayList<>();
    for (JsonNode url : array(root, "urls")) {
      sources.add(urlSource.apply(checkedUrl(url)));
    }
    for (JsonNode page : array(root, "pages")) {
      JsonNode source = page.get("source");
      JsonNode html = page.get("html");
      if (source == null || !source.isTextual() || html == null || !html.isTextual()) {
        throw new BadRequest("pages", "each page needs text fields source and html");
      }
      if (source.asText().isBlank() || source.asText().length() > Params.MAX_TEXT) {
        throw new BadRequest(
            "pages", "a page's source must be 1 to " + Params.MAX_TEXT + " characters");
      }
      sources.add(new SubmittedPage(source.asText(), html.asText()));
    }
    if (sources.isEmpty()) {
      throw new BadRequest("body", "nothing to ingest: give urls or pages");
    }
    if (sources.size() > MAX_SUBMITTED) {
      throw new BadRequest("body", "at most " + MAX_SUBMITTED + " urls and pages per request");
    }
    return sources;
  }

  private static List<JsonNode> array(JsonNode root, String field) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new BadRequest(field, field + " must be an array");
    }
    List<JsonNode> items = new ArrayList<>();
    node.forEach(items::add);
    return items;
  }

  private static String checkedUrl(JsonNode node) {
    String url = node.isTextual() ? node.asText().strip() : "";
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && url.length() <= 2000) {
        return url;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new BadRequest("urls", "not an http(s) URL: '" + abbreviate(url) + "'");
  }

  private static void error(Context ctx, HttpStatus status, String message, String parameter) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    if (parameter != null) {
      body.put("parameter", parameter);
    }
    body.put("status", status.getCode());
    ctx.status(status).json(body);
  }

  private static String oneLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return abbreviate(message.lines().findFirst().orElse(message));
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }
}
