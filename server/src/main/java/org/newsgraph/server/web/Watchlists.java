package org.newsgraph.server.web;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.index.KnownEntity;
import org.newsgraph.index.query.DateRange;
import org.newsgraph.server.watch.Alert;
import org.newsgraph.server.watch.AlertFinder;
import org.newsgraph.server.watch.Digest;
import org.newsgraph.server.watch.DigestMailer;
import org.newsgraph.server.watch.DigestMaker;
import org.newsgraph.server.watch.DigestMode;
import org.newsgraph.server.watch.DigestSchedule;
import org.newsgraph.server.watch.EntityNames;
import org.newsgraph.server.watch.Rule;
import org.newsgraph.server.watch.RuleKind;
import org.newsgraph.server.watch.Watchlist;
import org.newsgraph.server.watch.WatchlistStore;

/**
 * What the UI and the API do with watchlists: make them from what a user typed (names resolved to
 * entities), find their alerts, make and send their digests. Bad input is a {@link BadInput}.
 */
final class Watchlists {

  /** The most alerts a feed or page lists. */
  static final int FEED_SIZE = 50;

  private final WatchlistStore store;
  private final EntityNames names;
  private final AlertFinder finder;
  private final DigestMaker digests;
  private final WebSettings settings;

  Watchlists(KnowledgeBase kb, WatchlistStore store, WebSettings settings) {
    this.store = store;
    this.names = new EntityNames(kb);
    this.finder = new AlertFinder(kb);
    this.digests = new DigestMaker(finder);
    this.settings = settings;
  }

  WatchlistStore store() {
    return store;
  }

  LocalDate today() {
    return LocalDate.now(settings.clock());
  }

  /** The watchlist {@code id}, or a {@link NotFound}. */
  Watchlist get(String id) {
    Watchlist w = id == null ? null : store.get(id);
    if (w == null) {
      throw new NotFound("no watchlist " + id);
    }
    return w;
  }

  Watchlist create(String name, Map<DayOfWeek, DigestMode> days, String email, List<Rule> rules)
      throws IOException {
    if (name == null || name.length() > 100) {
      throw new BadInput("a watchlist needs a name of 1 to 100 characters");
    }
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new BadInput("email must be an address like analyst@example.org");
    }
    DigestSchedule schedule;
    try {
      schedule = days.isEmpty() ? DigestSchedule.weekdaysAndWeekendSelection()
          : new DigestSchedule(days);
    } catch (IllegalArgumentException e) {
      throw new BadInput(e.getMessage());
    }
    return store.create(name, today().toString(), schedule, email, rules);
  }

  Watchlist addRule(String id, Rule rule) throws IOException {
    Watchlist w = get(id).with(rule);
    store.update(w);
    return w;
  }

  /** A rule from what a user typed: entity names or ids, kind by name. */
  Rule rule(String kind, String entity, String other, String action, String type, String min)
      throws IOException {
    RuleKind k = kind(kind);
    if (entity == null) {
      throw new BadInput("a rule needs an entity");
    }
    KnownEntity e = resolve(entity);
    KnownEntity o = k == RuleKind.FIRST_CONTACT && other != null ? resolve(other) : null;
    if (action != null && !action.matches("[A-Za-z_]{1,40}")
        || type != null && !type.matches("[A-Za-z_]{1,40}")) {
      throw new BadInput("action and event type must be single words, like meet or CONSULT");
    }
    try {
      return new Rule(k, e.id(), e.name(), o == null ? null : o.id(), o == null ? null : o.name(),
          k == RuleKind.EVENT && action != null ? action.toLowerCase(Locale.ROOT) : null,
          k == RuleKind.EVENT && type != null ? type.toUpperCase(Locale.ROOT) : null,
          k == RuleKind.BUSY ? Inputs.number(min, "sources", 3, 1, 1000) : 0);
    } catch (IllegalArgumentException ex) {
      throw new BadInput(ex.getMessage());
    }
  }

  /** The newest alerts of {@code w}, at most {@link #FEED_SIZE}. */
  List<Alert> latest(Watchlist w) throws IOException {
    List<Alert> all = finder.find(w, DateRange.any());
    return all.subList(0, Math.min(FEED_SIZE, all.size()));
  }

  Digest digest(Watchlist w, LocalDate day) throws IOException {
    return digests.make(w, day);
  }

  /** Sends the digest of {@code day} to the watchlist's address; returns the digest sent. */
  Digest send(Watchlist w, LocalDate day, String base) throws IOException {
    if (settings.smtp() == null) {
      throw new BadInput("sending is off: no SMTP server is configured");
    }
    if (w.email() == null) {
      throw new BadInput("watchlist " + w.id() + " has no email address");
    }
    Digest d = digest(w, day);
    if (d.mode() == DigestMode.NONE) {
      throw new BadInput("no digest is scheduled on " + day);
    }
    try {
      new DigestMailer(settings.smtp()).send(w.email(), DigestView.title(d),
          DigestView.email(d, base), DigestView.text(d, base));
    } catch (MessagingException e) {
      throw new IOException(e.getMessage(), e);
    }
    return d;
  }

  /** A schedule from per-day choices ({@code full}, {@code selection}, {@code none}). */
  static Map<DayOfWeek, DigestMode> days(java.util.function.Function<String, String> choice) {
    Map<DayOfWeek, DigestMode> days = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      String value = choice.apply(d.name().toLowerCase(Locale.ROOT));
      if (value != null) {
        try {
          days.put(d, DigestMode.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new BadInput(d.name().toLowerCase(Locale.ROOT)
              + " must be full, selection or none, not '" + value + "'");
        }
      }
    }
    return days;
  }

  private KnownEntity resolve(String entity) throws IOException {
    try {
      return names.resolve(entity);
    } catch (IllegalArgumentException e) {
      throw new BadInput(e.getMessage());
    }
  }

  private static RuleKind kind(String kind) {
    for (RuleKind k : RuleKind.values()) {
      if (k.name().equalsIgnoreCase(kind == null ? "" : kind.replace('-', '_'))) {
        return k;
      }
    }
    throw new BadInput("rule kind must be event, first_contact, quote or busy, not '" + kind + "'");
  }
}
