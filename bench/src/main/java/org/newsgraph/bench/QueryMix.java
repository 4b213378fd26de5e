package org.newsgraph.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.newsgraph.index.EventParty;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.index.KnownEntity;
import org.newsgraph.index.RecordKind;
import org.newsgraph.index.query.ArticleHit;
import org.newsgraph.index.query.ArticleQuery;
import org.newsgraph.index.query.DateRange;
import org.newsgraph.index.query.EventQuery;
import org.newsgraph.index.query.Paging;

/**
 * The questions the query benchmark asks, of each kind, with their parameters drawn from the index
 * itself: words of titles, the most mentioned entities, pairs of actors and actions of events,
 * months of dated events.
 */
final class QueryMix {

  /** Entities counted as frequent: the most mentioned. */
  private static final int FREQUENT = 50;

  private static final int MIN_WORD = 5;
  private static final int TITLE_PAGES = 3;
  private static final int ENTITY_PAGES = 5;

  /** One question; answers how many results it found. */
  @FunctionalInterface
  interface Question {
    long ask() throws IOException;
  }

  /** A kind of question and the questions of that kind, to be asked in turn. */
  record Kind(String name, List<Question> questions) {}

  private final KnowledgeBase kb;
  private final Random random;
  private final List<String> words = new ArrayList<>();
  private final List<KnownEntity> entities = new ArrayList<>();
  private final List<String[]> pairs = new ArrayList<>();
  private final List<String[]> actions = new ArrayList<>();

  /** The month of every dated event, so a month comes up as often as the index has events in it. */
  private final List<YearMonth> months = new ArrayList<>();

  private QueryMix(KnowledgeBase kb, Random random) {
    this.kb = kb;
    this.random = random;
  }

  /** A mix over {@code kb}, its parameters drawn from it. */
  static QueryMix of(KnowledgeBase kb, long seed) throws IOException {
    QueryMix mix = new QueryMix(kb, new Random(seed));
    mix.sample();
    return mix;
  }

  /** The most mentioned entity. */
  KnownEntity mostMentioned() {
    return entities.get(0);
  }

  private void sample() throws IOException {
    Set<String> seen = new LinkedHashSet<>();
    for (int p = 1; p <= TITLE_PAGES; p++) {
      ArticleQuery all = new ArticleQuery(null, DateRange.any(), null, null, new Paging(p, 100));
      for (ArticleHit hit : kb.search(all).results().items()) {
        if (hit.title() != null) {
          for (String w : hit.title().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= MIN_WORD) {
              seen.add(w);
            }
          }
        }
      }
    }
    words.addAll(seen);
    for (int p = 1; p <= ENTITY_PAGES; p++) {
      entities.addAll(kb.entities(null, new Paging(p, 100)).items());
    }
    kb.forEach(
        RecordKind.EVENTS,
        e -> {
          List<String> ids =
              e.actors().stream()
                  .map(EventParty::entity)
                  .filter(id -> id != null)
                  .distinct()
                  .toList();
          if (ids.size() >= 2) {
            pairs.add(new String[] {ids.get(0), ids.get(1)});
          }
          if (e.date() != null) {
            actions.add(new String[] {e.action(), e.date()});
            months.add(YearMonth.from(LocalDate.parse(e.date())));
          }
        });
    if (words.isEmpty() || entities.size() < FREQUENT || pairs.isEmpty() || actions.isEmpty()) {
      throw new IllegalStateException(
          "the index is too small to draw questions from: "
              + words.size()
              + " title words, "
              + entities.size()
              + " entities, "
              + pairs.size()
              + " events with two actors, "
              + actions.size()
              + " dated events");
    }
  }

  /** {@code n} questions of each kind. */
  List<Kind> kinds(int n) {
    List<Kind> kinds = new ArrayList<>();
    kinds.add(
        kind(
            "search: words, with highlights and facets",
            n,
            () -> {
              String text = pick(words) + (random.nextBoolean() ? " " + pick(words) : "");
              ArticleQuery q = new ArticleQuery(text, DateRange.any(), null, null, Paging.first());
              return () -> kb.search(q).results().total();
            }));
    kinds.add(
        kind(
            "search: by entity (frequent)",
            n,
            () -> {
              String id = entities.get(random.nextInt(FREQUENT * 2)).id();
              ArticleQuery q = new ArticleQuery(null, DateRange.any(), id, null, Paging.first());
              return () -> kb.search(q).results().total();
            }));
    kinds.add(
        kind(
            "search: by date range (a month)",
            n,
            () -> {
              ArticleQuery q =
                  new ArticleQuery(null, month(pick(months)), null, null, Paging.first());
              return () -> kb.search(q).results().total();
            }));
    kinds.add(
        kind(
            "entity: profile (frequent)",
            n,
            () -> {
              String id = entities.get(random.nextInt(FREQUENT)).id();
              return () -> kb.entity(id).events().size();
            }));
    kinds.add(
        kind(
            "entity: search by name prefix",
            n,
            () -> {
              String name = pick(entities).name();
              String[] parts = name.split("\\s+");
              String word = parts[random.nextInt(parts.length)];
              String prefix = word.substring(0, Math.min(word.length(), 3 + random.nextInt(3)));
              return () -> kb.entities(prefix, Paging.first()).total();
            }));
    kinds.add(
        kind(
            "events: between two actors",
            n,
            () -> {
              String[] pair = pick(pairs);
              EventQuery q =
                  new EventQuery(pair[0], pair[1], null, null, DateRange.any(), Paging.first());
              return () -> kb.events(q).total();
            }));
    kinds.add(
        kind(
            "events: by action and date range (a month)",
            n,
            () -> {
              String[] action = pick(actions);
              DateRange range = month(YearMonth.from(LocalDate.parse(action[1])));
              EventQuery q = new EventQuery(null, null, action[0], null, range, Paging.first());
              return () -> kb.events(q).total();
            }));
    return kinds;
  }

  /** A kind of {@code n} questions made by {@code maker}. */
  private static Kind kind(String name, int n, QuestionMaker maker) {
    List<Question> questions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      questions.add(maker.make());
    }
    return new Kind(name, questions);
  }

  @FunctionalInterface
  private interface QuestionMaker {
    Question make();
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static DateRange month(YearMonth month) {
    return new DateRange(month.atDay(1), month.atEndOfMonth());
  }
}
