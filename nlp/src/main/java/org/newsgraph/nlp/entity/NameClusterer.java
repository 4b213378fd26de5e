package org.newsgraph.nlp.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.core.EntityType;

/**
 * Groups names into entities. A person's shorter name joins the full name it is part of ("Abe",
 * "Mr Abe" -> "Shinzo Abe"; the nearest earlier bearer wins when two share it); an organisation
 * joins its acronym ("LDP") and its name without a leading place ("Commerce Department"); places
 * join their aliases ("US", "America" -> United States); nationalities join their plurals.
 * Immutable.
 */
final class NameClusterer {

  private static final Set<String> LINKS = Set.of("of", "for", "and", "the", "&");

  private final Gazetteer gazetteer;

  NameClusterer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The entities the names make, in order of first mention. */
  List<EntityDraft> cluster(TokenView doc, List<NameSpan> names) {
    List<NameSpan> longestFirst = new ArrayList<>(names);
    longestFirst.sort(Comparator.comparingInt(NameSpan::length).reversed()
        .thenComparingInt(NameSpan::from));
    Map<String, EntityDraft> byKey = new HashMap<>();
    List<Candidate> people = new ArrayList<>();
    List<Candidate> organisations = new ArrayList<>();
    List<EntityDraft> drafts = new ArrayList<>();
    for (NameSpan name : longestFirst) {
      String phrase = doc.phrase(name.from(), name.to());
      EntityDraft draft;
      switch (name.type()) {
        case PERSON:
          draft = person(doc, name, people);
          break;
        case ORGANIZATION:
          draft = organisation(doc, name, organisations, byKey);
          break;
        case LOCATION:
          String place = gazetteer.place(phrase);
          draft = byKey.computeIfAbsent(
              "L:" + (place != null ? place : phrase).toLowerCase(Locale.ROOT),
              k -> new EntityDraft(EntityType.LOCATION));
          if (place != null) {
            draft.fixName(place);
          }
          break;
        case NORP:
          String group = gazetteer.nationality(phrase);
          draft = byKey.computeIfAbsent(
              "N:" + (group != null ? group : phrase).toLowerCase(Locale.ROOT),
              k -> new EntityDraft(EntityType.NORP));
          if (group != null) {
            draft.fixName(group);
          }
          break;
        default:
          draft = byKey.computeIfAbsent(
              "M:" + phrase.toLowerCase(Locale.ROOT), k -> new EntityDraft(EntityType.MISC));
          break;
      }
      if (draft.references().isEmpty()) {
        drafts.add(draft);
      }
      draft.add(Reference.of(name));
      draft.offerName(phrase, name.length());
    }
    drafts.sort(Comparator.comparingInt(EntityDraft::firstToken));
    return drafts;
  }

  private EntityDraft person(TokenView doc, NameSpan name, List<Candidate> people) {
    List<String> words = words(doc, name.from(), name.to());
    Candidate best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Candidate c : people) {
      if (!partOf(words, c.words)) {
        continue;
      }
      int distance = c.distanceTo(name.from());
      if (distance < bestDistance) {
        best = c;
        bestDistance = distance;
      }
    }
    if (best == null) {
      best = new Candidate(new EntityDraft(EntityType.PERSON), words, name);
      people.add(best);
    }
    best.positions.add(name.from());
    return best.draft;
  }

  private EntityDraft organisation(
      TokenView doc, NameSpan name, List<Candidate> organisations, Map<String, EntityDraft> byKey) {
    List<String> words = words(doc, name.from(), name.to());
    String key = "O:" + String.join(" ", words);
    EntityDraft known = byKey.get(key);
    if (known != null) {
      candidateOf(organisations, known).ifPresent(c -> c.ends.add(name.to()));
      return known;
    }
    String acronym = name.length() == 1 && Acronyms.looksLikeAcronym(doc.word(name.from()))
        ? Acronyms.letters(doc.word(name.from()))
        : null;
    EntityDraft bracketed = acronym == null ? null : bracketedAfter(doc, name, organisations);
    if (bracketed != null) {
      byKey.put(key, bracketed);
      return bracketed;
    }
    for (Candidate c : organisations) {
      if (acronym != null ? c.initials.contains(acronym) : withoutLeadingPlace(doc, c, words)) {
        byKey.put(key, c.draft);
        c.ends.add(name.to());
        return c.draft;
      }
    }
    Candidate created = new Candidate(new EntityDraft(EntityType.ORGANIZATION), words, name);
    created.initials = Acronyms.initials(doc, name.from(), name.to());
    created.ends.add(name.to());
    organisations.add(created);
    byKey.put(key, created.draft);
    return created.draft;
  }

  /**
   * The organisation whose name stands right before an acronym in brackets: "SPD" in "Social
   * Democratic Party (SPD)".
   */
  private static EntityDraft bracketedAfter(
      TokenView doc, NameSpan acronym, List<Candidate> organisations) {
    int open = acronym.from() - 1;
    if (open < 1 || !doc.pos(open).equals("-LRB-") || acronym.to() >= doc.size()
        || !doc.pos(acronym.to()).equals("-RRB-")) {
      return null;
    }
    for (Candidate c : organisations) {
      for (int end : c.ends) {
        if (end == open) {
          return c.draft;
        }
      }
    }
    return null;
  }

  /** "Commerce Department" is "US Commerce Department" without its place. */
  private boolean withoutLeadingPlace(TokenView doc, Candidate c, List<String> words) {
    int extra = c.words.size() - words.size();
    if (extra <= 0 || c.origin.length() != c.words.size()
        || !c.words.subList(extra, c.words.size()).equals(words)) {
      return false;
    }
    return gazetteer.contains(doc.phrase(c.origin.from(), c.origin.from() + extra));
  }

  /**
   * Whether a person's name {@code shorter} is part of {@code full}: its first or last words,
   * or the same first and last words with fewer in between ("George Bush", "George W. Bush").
   */
  static boolean partOf(List<String> shorter, List<String> full) {
    int n = shorter.size();
    int m = full.size();
    if (n > m) {
      return false;
    }
    if (full.subList(0, n).equals(shorter) || full.subList(m - n, m).equals(shorter)) {
      return true;
    }
    if (n < 2 || !shorter.get(0).equals(full.get(0)) || !shorter.get(n - 1).equals(full.get(m - 1))) {
      return false;
    }
    int j = 0;
    for (String w : full) {
      if (j < n && w.equals(shorter.get(j))) {
        j++;
      }
    }
    return j == n;
  }

  private static List<String> words(TokenView doc, int from, int to) {
    List<String> words = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (doc.wordLike(i) && !(i == from && LINKS.contains(doc.lower(i)))) {
        words.add(doc.lower(i));
      }
    }
    return words.isEmpty() ? List.of(doc.key(from, to)) : words;
  }

  private static Optional<Candidate> candidateOf(List<Candidate> candidates, EntityDraft draft) {
    return candidates.stream().filter(c -> c.draft == draft).findFirst();
  }

  /** A person or organisation entity with what matching needs. */
  private static final class Candidate {
    final EntityDraft draft;
    final List<String> words;
    final NameSpan origin;
    final List<Integer> positions = new ArrayList<>();
    final List<Integer> ends = new ArrayList<>();
    Set<String> initials = Set.of();

    Candidate(EntityDraft draft, List<String> words, NameSpan origin) {
      this.draft = draft;
      this.words = words;
      this.origin = origin;
    }

    /** Token distance to the nearest name of this entity, earlier names preferred. */
    int distanceTo(int token) {
      int best = Integer.MAX_VALUE;
      for (int p : positions) {
        int d = p <= token ? token - p : 2 * (p - token);
        best = Math.min(best, d);
      }
      return best;
    }
  }
}
