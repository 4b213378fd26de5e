package org.newsgraph.server.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.newsgraph.server.watch.Alert;
import org.newsgraph.server.watch.AtomFeed;
import org.newsgraph.server.watch.Digest;
import org.newsgraph.server.watch.DigestMode;
import org.newsgraph.server.watch.Rule;
import org.newsgraph.server.watch.RuleKind;
import org.newsgraph.server.watch.Watchlist;

/**
 * The watchlist pages: the list with a form to create one, each watchlist with its rules, alerts,
 * feed and digest, and forms to add a rule, send the digest or delete it. Every form that changes
 * state carries the CSRF token and is refused without it.
 */
final class WatchlistPages {

  private final Watchlists watchlists;

  WatchlistPages(Watchlists watchlists) {
    this.watchlists = watchlists;
  }

  void list(Context ctx) {
    Html body = new Html().element("h1", "Watchlists");
    List<Watchlist> all = watchlists.store().all();
    if (all.isEmpty()) {
      body.element("p", "No watchlists yet.", "class", "muted");
    }
    body.open("ul", "class", "watchlists");
    for (Watchlist w : all) {
      body.open("li").link(Links.watchlist(w.id()), w.name())
          .element("span", " " + w.rules().size() + " rules", "class", "muted").close("li");
    }
    body.close("ul");
    body.element("h2", "New watchlist", "id", "new-watchlist");
    body.open("form", "method", "post", "action", "/watchlists", "class", "stacked",
        "aria-labelledby", "new-watchlist").append(Csrf.field(ctx));
    body.element("label", "Name", "for", "name")
        .open("input", "id", "name", "name", "name", "required", "required", "maxlength", "100");
    body.element("label", "Email for the digest (optional)", "for", "email")
        .open("input", "id", "email", "name", "email", "type", "email");
    body.append(schedule());
    body.append(ruleFields());
    body.element("button", "Create watchlist", "type", "submit").close("form");
    Layout.send(ctx, "Watchlists", body);
  }

  void create(Context ctx) throws IOException {
    requireToken(ctx);
    Rule rule = rule(ctx);
    Watchlist w = watchlists.create(Inputs.form(ctx, "name"),
        Watchlists.days(day -> Inputs.form(ctx, "day_" + day)), Inputs.form(ctx, "email"),
        List.of(rule));
    ctx.redirect(Links.watchlist(w.id()), HttpStatus.SEE_OTHER);
  }

  void addRule(Context ctx) throws IOException {
    requireToken(ctx);
    Watchlist w = watchlists.addRule(ctx.pathParam("id"), rule(ctx));
    ctx.redirect(Links.watchlist(w.id()), HttpStatus.SEE_OTHER);
  }

  void delete(Context ctx) throws IOException {
    requireToken(ctx);
    Watchlist w = watchlists.get(ctx.pathParam("id"));
    watchlists.store().delete(w.id());
    ctx.redirect("/watchlists", HttpStatus.SEE_OTHER);
  }

  void send(Context ctx) throws IOException {
    requireToken(ctx);
    Watchlist w = watchlists.get(ctx.pathParam("id"));
    Digest d = watchlists.send(w, watchlists.today(), base(ctx));
    Layout.send(ctx, "Digest sent", new Html().element("h1", "Digest sent")
        .element("p", "Sent " + d.alerts().size() + " alerts to " + w.email() + ".")
        .link(Links.watchlist(w.id()), "Back to " + w.name()));
  }

  void show(Context ctx) throws IOException {
    Watchlist w = watchlists.get(ctx.pathParam("id"));
    Html body = new Html().element("h1", w.name());
    body.open("p").link(Links.feed(w.id()), "Atom feed", "type", "application/atom+xml")
        .text(" \u00b7 ").link(Links.digest(w.id()), "Today's digest").close("p");
    body.element("h2", "Rules").open("ul", "class", "rules");
    w.rules().forEach(r -> body.element("li", r.describe()));
    body.close("ul");
    body.element("h2", "Digest schedule").open("ul", "class", "schedule");
    for (DayOfWeek d : DayOfWeek.values()) {
      body.element("li", d.name().charAt(0) + d.name().substring(1).toLowerCase(Locale.ROOT)
          + ": " + w.schedule().days().get(d).name().toLowerCase(Locale.ROOT));
    }
    body.close("ul");
    body.element("h2", "Latest alerts");
    List<Alert> alerts = watchlists.latest(w);
    if (alerts.isEmpty()) {
      body.element("p", "Nothing yet.", "class", "muted");
    }
    body.open("ul", "class", "alerts");
    for (Alert a : alerts) {
      body.open("li").link(a.link(), a.title())
          .element("span", " " + a.date() + " \u00b7 " + a.detail(), "class", "muted").close("li");
    }
    body.close("ul");
    body.element("h2", "Add a rule", "id", "add-rule");
    body.open("form", "method", "post", "action", Links.watchlist(w.id()) + "/rules",
        "class", "stacked", "aria-labelledby", "add-rule").append(Csrf.field(ctx))
        .append(ruleFields()).element("button", "Add rule", "type", "submit").close("form");
    if (w.email() != null) {
      body.open("form", "method", "post", "action", Links.watchlist(w.id()) + "/send")
          .append(Csrf.field(ctx))
          .element("button", "Send today's digest to " + w.email(), "type", "submit")
          .close("form");
    }
    body.open("form", "method", "post", "action", Links.watchlist(w.id()) + "/delete")
        .append(Csrf.field(ctx))
        .element("button", "Delete this watchlist", "type", "submit", "class", "danger")
        .close("form");
    Layout.send(ctx, w.name(), body);
  }

  void feed(Context ctx) throws IOException {
    Watchlist w = watchlists.get(ctx.pathParam("id"));
    ctx.contentType("application/atom+xml; charset=utf-8")
        .result(AtomFeed.of(w, watchlists.latest(w), base(ctx)));
  }

  void digest(Context ctx) throws IOException {
    Watchlist w = watchlists.get(ctx.pathParam("id"));
    LocalDate day = Inputs.date(ctx, "date");
    Digest d = watchlists.digest(w, day == null ? watchlists.today() : day);
    Layout.send(ctx, DigestView.title(d), DigestView.body(d, ""));
  }

  /** This server's address as the browser reached it, for absolute links in feeds and mail. */
  static String base(Context ctx) {
    return ctx.scheme() + "://" + ctx.host();
  }

  private static void requireToken(Context ctx) {
    if (!Csrf.valid(ctx)) {
      throw new Forbidden("the form's security token is missing or stale; reload the page and"
          + " try again");
    }
  }

  private Rule rule(Context ctx) throws IOException {
    return watchlists.rule(Inputs.form(ctx, "kind"), Inputs.form(ctx, "entity"),
        Inputs.form(ctx, "other"), Inputs.form(ctx, "action"), Inputs.form(ctx, "type"),
        Inputs.form(ctx, "sources"));
  }

  private static Html schedule() {
    Html set = new Html().open("fieldset", "class", "schedule").element("legend", "Digest schedule");
    for (DayOfWeek d : DayOfWeek.values()) {
      String day = d.name().toLowerCase(Locale.ROOT);
      String id = "day_" + day;
      set.element("label", Character.toUpperCase(day.charAt(0)) + day.substring(1), "for", id)
          .open("select", "id", id, "name", id);
      DigestMode standard = d.getValue() <= 5 ? DigestMode.FULL : DigestMode.SELECTION;
      for (DigestMode m : DigestMode.values()) {
        String value = m.name().toLowerCase(Locale.ROOT);
        set.element("option", value, "value", value, "selected", m == standard ? "selected" : null);
      }
      set.close("select");
    }
    return set.close("fieldset");
  }

  private static Html ruleFields() {
    Html set = new Html().open("fieldset", "class", "rule").element("legend", "Rule");
    set.element("label", "Alert on", "for", "kind").open("select", "id", "kind", "name", "kind");
    String[][] kinds = {
      {RuleKind.EVENT.name(), "a new event involving the entity (give an action or type)"},
      {RuleKind.FIRST_CONTACT.name(), "the first event between the entity and another"},
      {RuleKind.QUOTE.name(), "a new quote by the entity"},
      {RuleKind.BUSY.name(), "the entity in N or more independent sources in a day"},
    };
    for (String[] k : kinds) {
      set.element("option", k[1], "value", k[0].toLowerCase(Locale.ROOT));
    }
    set.close("select");
    set.element("label", "Entity (name or id)", "for", "entity")
        .open("input", "id", "entity", "name", "entity", "required", "required");
    set.element("label", "Other entity (first event)", "for", "other")
        .open("input", "id", "other", "name", "other");
    set.element("label", "Action (event)", "for", "action")
        .open("input", "id", "action", "name", "action", "placeholder", "meet");
    set.element("label", "Event type (event)", "for", "type")
        .open("input", "id", "type", "name", "type", "placeholder", "CONSULT");
    set.element("label", "Independent sources (busy day)", "for", "sources")
        .open("input", "id", "sources", "name", "sources", "type", "number", "min", "1",
            "value", "3");
    return set.close("fieldset");
  }
}
