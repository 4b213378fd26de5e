package org.newsgraph.nlp.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Role;

/**
 * Finds the roles the text gives people, from the patterns of news writing, with a role noun
 * ("president", "envoy") as the head: a title before the name ("Japanese Prime Minister Shinzo
 * Abe", "Former chief nuclear negotiator Chun"), an apposition after it ("Rui Matsukawa, a
 * lawmaker with the ruling party"; two joined by "and" are two roles), and a relative clause
 * ("X, who served as Japan's envoy to the talks more than a decade ago" is a former envoy). A
 * role is former when "former" or "ex-" is in it, or when the clause puts it in the past.
 * Immutable.
 */
final class RoleFinder {

  private static final int LONGEST_TITLE = 10;
  private static final int LONGEST_APPOSITION = 25;
  private static final Set<String> PAST_COPULAS = Set.of("was", "were");
  private static final Set<String> PRESENT_COPULAS = Set.of("is", "are", "remains", "becomes");
  private static final Set<String> AS_VERBS =
      Set.of("served", "serves", "worked", "works", "acted", "acts", "doubled", "doubles");
  private static final Set<String> PAST_ADVERBS = Set.of("previously", "once", "formerly", "earlier");
  private static final Set<String> TIME_STARTS =
      Set.of("from", "until", "till", "since", "during", "before", "after", "when", "while", "ago",
          "between");
  private static final Set<String> TIME_LEADS =
      Set.of("in", "for", "more", "less", "over", "nearly", "almost", "about", "around", "some",
          "a", "an", "the", "last", "this", "earlier", "two", "three", "several");
  private static final Set<String> TIME_NOUNS =
      Set.of("year", "years", "decade", "decades", "month", "months", "week", "weeks", "century",
          "ago");

  private final PersonWords people;

  RoleFinder(PersonWords people) {
    this.people = people;
  }

  /** Adds to each person the roles its names are given. */
  void addRoles(TokenView doc, List<EntityDraft> drafts, NameIndex names) {
    for (EntityDraft draft : drafts) {
      if (draft.type() != EntityType.PERSON) {
        continue;
      }
      Set<String> seen = new HashSet<>();
      for (Reference name : draft.references(MentionKind.NAME)) {
        List<Role> found = new ArrayList<>();
        Role title = title(doc, names, name.mentionFrom());
        if (title == null) {
          title = titleBeforeComma(doc, names, name.mentionFrom(), name.to());
        }
        if (title != null) {
          found.add(title);
        }
        found.addAll(appositions(doc, name.to()));
        for (Role role : found) {
          if (seen.add(role.text().toLowerCase(Locale.ROOT))) {
            draft.addRole(role);
          }
        }
      }
    }
  }

  /** The title right before a name: role words back to a determiner, preposition or verb. */
  private Role title(TokenView doc, NameIndex names, int nameStart) {
    int end = nameStart;
    if (end == 0 || doc.sentence(end - 1) != doc.sentence(end)) {
      return null;
    }
    int sentenceStart = doc.sentenceStart(end);
    int from = end;
    while (from > sentenceStart && end - from < LONGEST_TITLE && inTitle(doc, names, from - 1, end)) {
      from--;
    }
    while (from < end && !startsTitle(doc, from)) {
      from++;
    }
    int head = titleHead(doc, from, end);
    if (head < 0) {
      return null;
    }
    return role(doc, from, end, formerWithin(doc, from, end));
  }

  /**
   * A role set off before the name by a comma, the name closed by another ("Its chief
   * executive, Herbert Diess, declined"): the role opens its sentence or follows a determiner.
   */
  private Role titleBeforeComma(TokenView doc, NameIndex names, int nameStart, int nameEnd) {
    int comma = nameStart - 1;
    if (comma < 1 || !doc.word(comma).equals(",") || doc.sentence(comma) != doc.sentence(nameStart)
        || nameEnd >= doc.sentenceEnd(nameStart) || !doc.word(nameEnd).equals(",")
        || !people.isRoleNoun(doc.word(comma - 1)) || !doc.pos(comma - 1).startsWith("NN")) {
      return null;
    }
    int sentenceStart = doc.sentenceStart(nameStart);
    int from = comma;
    while (from > sentenceStart && comma - from < LONGEST_TITLE
        && inTitle(doc, names, from - 1, comma)) {
      from--;
    }
    while (from < comma && !startsTitle(doc, from)) {
      from++;
    }
    boolean opens = from == sentenceStart || doc.pos(from - 1).equals("DT")
        || doc.pos(from - 1).equals("PRP$");
    if (from >= comma || !opens) {
      return null;
    }
    return role(doc, from, comma, formerWithin(doc, from, comma));
  }

  private boolean inTitle(TokenView doc, NameIndex names, int i, int end) {
    if (names.type(i) == EntityType.PERSON || people.isHonorific(doc.word(i))) {
      return false;
    }
    String pos = doc.pos(i);
    String w = doc.word(i);
    if (doc.joiningHyphen(i) || pos.equals("POS")) {
      return true;
    }
    if (w.equals("of") || w.equals("for")) {
      return i + 1 < end && doc.capitalized(i + 1);
    }
    if (doc.capitalized(i) && (pos.startsWith("NN") || pos.startsWith("JJ"))) {
      return true;
    }
    return pos.startsWith("JJ") || pos.equals("NN") || pos.equals("NNS") || pos.equals("VBN")
        || people.isFormerMarker(w);
  }

  private boolean startsTitle(TokenView doc, int i) {
    String pos = doc.pos(i);
    return doc.wordLike(i) && !pos.equals("POS") && !doc.joiningHyphen(i)
        && !doc.word(i).equals("of") && !doc.word(i).equals("for");
  }

  /**
   * The role noun that heads the title {@code [from, end)}: its last word, or the last role noun
   * of a capitalised title such as "Secretary of State"; -1 when there is none.
   */
  private int titleHead(TokenView doc, int from, int end) {
    if (from >= end) {
      return -1;
    }
    if (people.isRoleNoun(doc.word(end - 1))) {
      return end - 1;
    }
    for (int i = end - 1; i >= from; i--) {
      String w = doc.word(i);
      if (!doc.capitalized(i) && !w.equals("of") && !w.equals("for")) {
        return -1;
      }
      if (people.isRoleNoun(w) && doc.capitalized(i)) {
        return i;
      }
    }
    return -1;
  }

  /** The roles in an apposition or relative clause after a name ending at {@code nameEnd}. */
  private List<Role> appositions(TokenView doc, int nameEnd) {
    int sentenceEnd = doc.sentenceEnd(Math.max(0, nameEnd - 1));
    int i = nameEnd;
    if (i + 1 >= sentenceEnd || !doc.word(i).equals(",")) {
      return List.of();
    }
    i++;
    if (doc.pos(i).equals("CD") && i + 2 < sentenceEnd && doc.word(i + 1).equals(",")) {
      i += 2;
    }
    boolean former = false;
    if (doc.lower(i).equals("who")) {
      int after = relativeRoleStart(doc, i + 1, sentenceEnd);
      if (after < 0) {
        return List.of();
      }
      former = isPastClause(doc, i + 1, after);
      i = after;
    }
    if (i < sentenceEnd && doc.pos(i).equals("DT")) {
      i++;
    }
    int end = appositionEnd(doc, i, sentenceEnd);
    if (end <= i) {
      return List.of();
    }
    if (!former && end < sentenceEnd && doc.lower(end).equals("ago")) {
      former = true;
    }
    former |= timeClauseSaysPast(doc, end, sentenceEnd);
    return conjuncts(doc, i, end, former);
  }

  /** Where the role begins after "who": past "was", "is", "served as", "has been" and adverbs. */
  private int relativeRoleStart(TokenView doc, int i, int sentenceEnd) {
    while (i < sentenceEnd && doc.pos(i).startsWith("RB")) {
      i++;
    }
    if (i >= sentenceEnd) {
      return -1;
    }
    String w = doc.lower(i);
    if (PAST_COPULAS.contains(w) || PRESENT_COPULAS.contains(w)) {
      return afterAdverbs(doc, i + 1, sentenceEnd);
    }
    if ((w.equals("has") || w.equals("had") || w.equals("have"))
        && i + 1 < sentenceEnd && doc.lower(i + 1).equals("been")) {
      return afterAdverbs(doc, i + 2, sentenceEnd);
    }
    if ((AS_VERBS.contains(w) || w.equals("became") || w.equals("becomes"))
        && i + 1 < sentenceEnd) {
      return doc.lower(i + 1).equals("as") ? i + 2 : (w.startsWith("bec") ? i + 1 : -1);
    }
    return -1;
  }

  private static int afterAdverbs(TokenView doc, int i, int sentenceEnd) {
    while (i < sentenceEnd && doc.pos(i).startsWith("RB")) {
      i++;
    }
    return i;
  }

  private boolean isPastClause(TokenView doc, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = doc.lower(i);
      if (PAST_COPULAS.contains(w) || w.equals("had") || PAST_ADVERBS.contains(w)
          || (AS_VERBS.contains(w) && doc.pos(i).equals("VBD"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a time phrase starting at {@code i} puts what came before in the past ("ago"). */
  private boolean timeClauseSaysPast(TokenView doc, int i, int sentenceEnd) {
    for (int k = i; k < Math.min(sentenceEnd, i + 6); k++) {
      String w = doc.lower(k);
      if (w.equals("ago") || w.equals("until") || w.equals("till")) {
        return true;
      }
      if (w.equals(",") || w.equals(".")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Where a role phrase starting at {@code from} ends: at punctuation that closes the
   * apposition, a clause of its own, or a time phrase; {@code from} when no role noun heads it.
   */
  private int appositionEnd(TokenView doc, int from, int sentenceEnd) {
    int head = -1;
    int i = from;
    for (; i < sentenceEnd && i - from < LONGEST_APPOSITION; i++) {
      String w = doc.word(i);
      String pos = doc.pos(i);
      if (closesApposition(doc, i)) {
        break;
      }
      if (head < 0) {
        if (people.isRoleNoun(w) && (pos.startsWith("NN") || pos.startsWith("JJ"))) {
          head = i;
        } else if (!(pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("VBN")
            || pos.equals("POS") || doc.joiningHyphen(i) || people.isFormerMarker(w)
            || pos.equals("RBS") || pos.equals("VBG"))) {
          return from;
        } else if (pos.equals("IN")) {
          return from;
        }
        continue;
      }
      if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")
          || pos.startsWith("W") || startsTime(doc, i, sentenceEnd)) {
        break;
      }
    }
    if (head < 0) {
      return from;
    }
    while (i > head + 1 && !doc.wordLike(i - 1)) {
      i--;
    }
    return i;
  }

  private static boolean closesApposition(TokenView doc, int i) {
    String w = doc.word(i);
    String pos = doc.pos(i);
    return w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":") || pos.equals("``")
        || pos.equals("''") || pos.equals("-LRB-") || pos.equals("-RRB-")
        || (w.equals("-") || w.equals("\u2013") || w.equals("\u2014")) && !doc.joiningHyphen(i);
  }

  private static boolean startsTime(TokenView doc, int i, int sentenceEnd) {
    String w = doc.lower(i);
    if (TIME_STARTS.contains(w)) {
      return true;
    }
    if (!TIME_LEADS.contains(w)) {
      return false;
    }
    for (int k = i + 1; k < Math.min(sentenceEnd, i + 5); k++) {
      String next = doc.lower(k);
      if (TIME_NOUNS.contains(next) || isYear(next)) {
        return true;
      }
      if (!(doc.pos(k).equals("DT") || doc.pos(k).startsWith("JJ") || doc.pos(k).equals("CD")
          || next.equals("than") || next.equals("a"))) {
        return false;
      }
    }
    return false;
  }

  private static boolean isYear(String w) {
    return w.length() == 4 && (w.startsWith("19") || w.startsWith("20"))
        && w.chars().allMatch(Character::isDigit);
  }

  /** The role phrase {@code [from, end)}, split at "and" before another role noun. */
  private List<Role> conjuncts(TokenView doc, int from, int end, boolean former) {
    List<Role> roles = new ArrayList<>();
    int start = from;
    for (int i = from + 1; i < end - 1; i++) {
      if (doc.lower(i).equals("and") && startsRole(doc, i + 1, end)) {
        roles.add(role(doc, start, i, former || formerWithin(doc, start, i)));
        start = i + 1;
        if (doc.pos(start).equals("DT")) {
          start++;
        }
      }
    }
    roles.add(role(doc, start, end, former || formerWithin(doc, start, end)));
    return roles;
  }

  private boolean startsRole(TokenView doc, int i, int end) {
    if (i < end && doc.pos(i).equals("DT")) {
      i++;
    }
    for (; i < end; i++) {
      if (people.isRoleNoun(doc.word(i))) {
        return true;
      }
      if (!doc.pos(i).startsWith("JJ") && !people.isFormerMarker(doc.word(i))) {
        return false;
      }
    }
    return false;
  }

  private boolean formerWithin(TokenView doc, int from, int end) {
    for (int i = from; i < end; i++) {
      if (people.isFormerMarker(doc.word(i))) {
        return true;
      }
    }
    return false;
  }

  private static Role role(TokenView doc, int from, int end, boolean former) {
    return new Role(doc.text(from, end), doc.start(from), doc.end(end - 1), former);
  }
}
