package org.newsgraph.nlp.event;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Set;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.EventActor;
import org.newsgraph.core.EventPlace;

/**
 * What a sentence leaves to its setting, as news is written: an actor named without a country
 * ("Lebanon's new President Elias Hrawi", "opposition groups in Zimbabwe") belongs to the
 * country named nearest to it outside the other side's actors, else to a country word that
 * describes one of them ("Museveni banned Ugandan opposition candidates"); but a named body
 * does not belong to the country that reports on it ("Israel said Hezbollah fired rockets",
 * "Norway said the Northern Fleet fired missiles"), and an actor placed where no country is known
 * ("protesters in Toulouse") is left without one. An event without a
 * stated target, other than one between equals (a summit), is aimed at the country where it
 * takes place ("arrived in Amman", "demonstrated in Serbia"); a domestic action (protests,
 * strikes, riots) with neither is aimed at its actors' own country, named in the same sentence.
 */
final class Setting {

  /** A country word of the sentence: its code, where it stands, and its token. */
  private record Mention(String code, String text, int start, int end, int token) {}

  /** The relations of a reported clause to its reporting verb. */
  private static final Set<String> REPORTED = Set.of("ccomp", "parataxis");
  /** The words that say where people are: "protesters in Toulouse", "refugees from Aleppo". */
  private static final Set<String> PLACING = Set.of("in", "from");

  private final ActorCodes codes;

  Setting(ActorCodes codes) {
    this.codes = codes;
  }

  void complete(Draft d, DependencyGraph g, ArticleContext context) {
    List<Mention> mentions = mentions(g, context);
    List<EventActor> sources = List.copyOf(d.source);
    withCountry(d.source, mentions, d.target, g, context);
    withCountry(d.target, mentions, sources, g, context);
    if (!d.target.isEmpty() || d.action.type() == null) {
      return;
    }
    EventPlace place = d.place;
    String own = d.source.isEmpty() ? null : d.source.get(0).country();
    if (place != null && place.country() != null && !d.action.symmetric()) {
      d.target.add(new EventActor(place.entity(), place.name(), place.text(), place.start(), place.end(),
          place.country(), "GOV"));
    } else if (d.action.domestic() && own != null) {
      for (Mention m : mentions) {
        if (m.code().equals(own)) {
          d.target.add(new EventActor(null, m.text(), m.text(), m.start(), m.end(), own, "GOV"));
          return;
        }
      }
    }
  }

  private static void withCountry(List<EventActor> actors, List<Mention> mentions, List<EventActor> others,
      DependencyGraph g, ArticleContext context) {
    for (ListIterator<EventActor> it = actors.listIterator(); it.hasNext(); ) {
      EventActor a = it.next();
      if (a.country() != null) {
        continue;
      }
      int head = headOf(g, a);
      if (isPlacedUncoded(g, head, context)) {
        continue;
      }
      boolean body = isNamedBody(a, context);
      Mention nearest = null;
      Mention describing = null;
      for (Mention m : mentions) {
        if (body && isReporterOf(g, m.token(), head)) {
          continue;
        }
        boolean theirs = others.stream().anyMatch(o -> o.start() <= m.start() && m.end() <= o.end());
        boolean whole = others.stream().anyMatch(o -> o.start() == m.start() && m.end() == o.end());
        if (!theirs && (nearest == null || distance(a, m) < distance(a, nearest))) {
          nearest = m;
        } else if (theirs && !whole && describing == null) {
          describing = m;
        }
      }
      nearest = nearest == null ? describing : nearest;
      if (nearest != null) {
        it.set(new EventActor(a.entity(), a.name(), a.text(), a.start(), a.end(), nearest.code(), a.sector()));
      }
    }
  }

  /**
   * Whether the sentence says where the actor headed by {@code head} is, at a place of no known
   * country ("protesters in Toulouse"): a country named elsewhere in the sentence is then no
   * better than a guess.
   */
  private static boolean isPlacedUncoded(DependencyGraph g, int head, ArticleContext context) {
    if (head < 0) {
      return false;
    }
    for (int c : g.children(head, Set.of("nmod"))) {
      NamedSpan span = PLACING.contains(g.caseWord(c)) ? context.at(g.token(c).start()) : null;
      if (span != null && span.type() == EntityType.LOCATION) {
        return true;
      }
    }
    return false;
  }

  /** The token of {@code a}'s words that the others depend on, or -1. */
  private static int headOf(DependencyGraph g, EventActor a) {
    for (int i = 0; i < g.size(); i++) {
      int start = g.token(i).start();
      int head = g.head(i);
      boolean inside = start >= a.start() && start < a.end();
      if (inside && (head < 0 || g.token(head).start() < a.start() || g.token(head).start() >= a.end())) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code a} is named, and not a person: a body ("Hezbollah", "the Northern Fleet"). */
  private static boolean isNamedBody(EventActor a, ArticleContext context) {
    NamedSpan span = a.entity() == null ? null : context.at(a.start());
    return span != null && span.type() != EntityType.PERSON;
  }

  /**
   * Whether the word {@code reporter} is the subject of a verb that reports the clause holding
   * the actor headed by {@code actor}: "Norway said [the Northern Fleet fired]", "[The Northern
   * Fleet fired], Norway said".
   */
  private static boolean isReporterOf(DependencyGraph g, int reporter, int actor) {
    int verb = g.head(reporter);
    if (verb < 0 || actor < 0 || !g.label(reporter).startsWith("nsubj")) {
      return false;
    }
    int reported = g.label(verb).equals("parataxis") ? g.head(verb) : -1;
    for (int up = actor; up >= 0; up = g.head(up)) {
      if (up == verb) {
        return false;
      }
      if (up == reported || (g.head(up) == verb && REPORTED.contains(g.label(up)))) {
        return true;
      }
    }
    return false;
  }

  private static int distance(EventActor a, Mention m) {
    return m.end() <= a.start() ? a.start() - m.end() : m.start() >= a.end() ? m.start() - a.end() : 0;
  }

  /** The country, demonym and city words of the sentence, in text order. */
  private List<Mention> mentions(DependencyGraph g, ArticleContext context) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      words.add(g.token(i).text());
    }
    List<Mention> out = new ArrayList<>();
    for (ActorCodes.Found f : codes.find(words)) {
      int start = g.token(f.start()).start();
      int end = g.token(f.end() - 1).end();
      boolean named = f.end() - f.start() > 1 || g.token(f.start()).isProperNoun()
          || Character.isUpperCase(words.get(f.start()).charAt(0));
      if (named && !f.code().equals("IGO") && !f.code().equals("NGO")) {
        out.add(new Mention(f.code(), context.text().substring(start, end), start, end, f.start()));
      }
    }
    return out;
  }
}
