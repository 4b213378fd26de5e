package org.newsgraph.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.server.watch.Alert;
import org.newsgraph.server.watch.AlertFinder;
import org.newsgraph.server.watch.Digest;
import org.newsgraph.server.watch.Rule;
import org.newsgraph.server.watch.Watchlist;

/**
 * Watchlists over the JSON API. Reading is open; creating, changing, deleting and sending need
 * the bearer token, like ingest.
 */
final class WatchlistApi {

  private final Watchlists watchlists;
  private final AlertFinder finder;
  private final String token;
  private final ObjectMapper json = new ObjectMapper();

  WatchlistApi(Watchlists watchlists, AlertFinder finder, String token) {
    this.watchlists = watchlists;
    this.finder = finder;
    this.token = token;
  }

  void list(Context ctx) {
    ctx.json(watchlists.store().all());
  }

  void get(Context ctx) {
    ctx.json(watchlists.get(ctx.pathParam("id")));
  }

  /** {@code {"name", "email"?, "schedule"?: {"monday": "full", ...}, "rules": [...]}}. */
  void create(Context ctx) throws IOException {
    authorise(ctx);
    JsonNode body = body(ctx);
    JsonNode schedule = body.path("schedule");
    List<Rule> rules = new ArrayList<>();
    for (JsonNode r : body.path("rules")) {
      rules.add(rule(r));
    }
    if (rules.isEmpty()) {
      throw new BadInput("a watchlist needs at least one rule in 'rules'");
    }
    Watchlist w = watchlists.create(text(body, "name"),
        Watchlists.days(day -> text(schedule, day)), text(body, "email"), rules);
    ctx.status(HttpStatus.CREATED).header("Location", "/api/watchlists/" + w.id()).json(w);
  }

  void addRule(Context ctx) throws IOException {
    authorise(ctx);
    ctx.json(watchlists.addRule(ctx.pathParam("id"), rule(body(ctx))));
  }

  void delete(Context ctx) throws IOException {
    authorise(ctx);
    Watchlist w = watchlists.get(ctx.pathParam("id"));
    watchlists.store().delete(w.id());
    ctx.status(HttpStatus.NO_CONTENT);
  }

  void alerts(Context ctx) throws IOException {
    Watchlist w = watchlists.get(ctx.pathParam("id"));
    List<Map<String, Object>> alerts = new ArrayList<>();
    for (Alert a : finder.find(w, Inputs.dates(ctx))) {
      Map<String, Object> alert = new LinkedHashMap<>();
      alert.put("id", a.id());
      alert.put("date", a.date().toString());
      alert.put("title", a.title());
      alert.put("detail", a.detail());
      alert.put("link", a.link());
      alert.put("sources", a.weight());
      alert.put("rule", a.rule());
      alerts.add(alert);
    }
    ctx.json(alerts);
  }

  void send(Context ctx) throws IOException {
    authorise(ctx);
    Watchlist w = watchlists.get(ctx.pathParam("id"));
    LocalDate day = Inputs.date(ctx, "date");
    Digest d = watchlists.send(w, day == null ? watchlists.today() : day,
        WatchlistPages.base(ctx));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("sent", w.email());
    answer.put("day", d.day().toString());
    answer.put("alerts", d.alerts().size());
    ctx.json(answer);
  }

  private Rule rule(JsonNode r) throws IOException {
    JsonNode sources = r.path("minSources");
    return watchlists.rule(text(r, "kind"), text(r, "entity"), text(r, "other"),
        text(r, "action"), text(r, "type"), sources.isMissingNode() ? null : sources.asText());
  }

  private JsonNode body(Context ctx) {
    try {
      JsonNode root = json.readTree(ctx.body());
      if (root != null && root.isObject()) {
        return root;
      }
    } catch (IOException e) {
      // reported below
    }
    throw new BadInput("body must be a JSON object");
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    String text = value.asText().strip();
    if (text.length() > Inputs.MAX_TEXT) {
      throw new BadInput(field + " is longer than " + Inputs.MAX_TEXT + " characters");
    }
    return text.isEmpty() ? null : text;
  }

  private void authorise(Context ctx) {
    if (token == null) {
      throw new Forbidden("writing over the API is disabled: no token configured");
    }
    String header = ctx.header("Authorization");
    byte[] given = header == null || !header.startsWith("Bearer ") ? new byte[0]
        : header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new Unauthorised("a valid bearer token is required");
    }
  }

  /** A write over the API without a valid bearer token: status 401. */
  static final class Unauthorised extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unauthorised(String message) {
      super(message);
    }
  }
}
