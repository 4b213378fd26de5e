package org.newsgraph.nlp.entity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.EntityType;

/**
 * Finds the names of a text: the name tagger's spans, corrected with document-level news logic.
 * Honorifics and titles are taken out of names and mark what follows as a person ("Mr Trump");
 * places and nationalities missing from the tagger come from the gazetteer, and a nationality
 * is a NORP; names joined by hyphens are split when each part is a name of its own
 * ("US-Japan", "Trump-Kim"); a name takes the type it has most often in the text, and untagged
 * repetitions of a name are tagged; organisation names are kept whole ("Party For The
 * People"). Immutable; each call works on its own state.
 */
final class NameFinder {

  private static final int LONGEST_NAME = 6;
  private static final Set<String> TITLE_CASE_LINKS =
      Set.of("For", "Of", "And", "The", "On", "In", "To", "At", "&");
  private static final Set<String> LOWER_CASE_LINKS = Set.of("of", "for", "and", "the", "&");
  private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "di", "del", "della", "der",
      "den", "van", "von", "la", "le", "du", "dos", "das", "al", "el", "bin", "ibn", "ben", "bint");

  private final Gazetteer gazetteer;
  private final PersonWords people;
  private final OrganisationWords organisations;

  NameFinder(Gazetteer gazetteer, PersonWords people, OrganisationWords organisations) {
    this.gazetteer = gazetteer;
    this.people = people;
    this.organisations = organisations;
  }

  /** The names of the text, in text order. */
  List<NameSpan> find(TokenView doc) {
    NameLabels labels = NameLabels.fromTagger(doc);
    if (System.getProperty("rawcrf") != null) { return labels.spans(); }
    trimNames(doc, labels);
    datelines(doc, labels);
    honorificNames(doc, labels);
    gazetteerNames(doc, labels);
    Votes votes = new Votes(doc, labels);
    splitHyphenated(doc, labels, votes);
    votes = new Votes(doc, labels);
    makeConsistent(doc, labels, votes);
    extendOrganisations(doc, labels);
    organisationsByHead(doc, labels);
    acronyms(doc, labels);
    return withHonorifics(doc, labels.spans());
  }

  /**
   * Takes honorifics, leading titles, lower-case words and punctuation out of the tagger's names
   * ("youngest Legislative Council"). A name the tagger did not call a person stays what it is
   * unless a firm honorific leads it ("Mr"); a "person" whose last word is an organisation's
   * ("Andy Warhol Foundation") is an organisation.
   */
  private void trimNames(TokenView doc, NameLabels labels) {
    for (NameSpan span : labels.spans()) {
      int from = span.from();
      int to = span.to();
      boolean person = span.type() == EntityType.PERSON;
      if (!person && people.isHonorific(doc.word(from)) && !people.isFirmHonorific(doc.word(from))) {
        continue;
      }
      while (from < to && (!doc.wordLike(from) || people.isHonorific(doc.word(from))
          || startsLowerCase(doc, from) && from + 1 < to)) {
        person |= people.isHonorific(doc.word(from));
        from++;
      }
      while (to > from && !doc.wordLike(to - 1)) {
        to--;
      }
      if (person) {
        for (int i = to - 2; i >= from; i--) {
          if (people.isTitle(doc.word(i)) && doc.capitalized(i + 1)) {
            from = i + 1;
            break;
          }
        }
      } else {
        int name = personAfterTitle(doc, from, to);
        if (name > from) {
          labels.clear(span.from(), span.to());
          labels.set(name, to, EntityType.PERSON);
          continue;
        }
      }
      labels.clear(span.from(), span.to());
      if (from < to) {
        boolean organisation = organisations.headKind(doc.word(to - 1)) != null && to - from > 1;
        labels.set(from, to, person && !organisation ? EntityType.PERSON
            : person ? EntityType.ORGANIZATION : span.type());
      }
    }
  }

  /**
   * Where a person's name starts inside a name the tagger took whole with its title ("US Trade
   * Representative Karen Miles"): after the last title word, which does not open the name ("Prince
   * William Sound"), when a known first name follows and one or two words end the name; -1
   * otherwise.
   */
  private int personAfterTitle(TokenView doc, int from, int to) {
    for (int i = to - 2; i > from && i >= to - 4; i--) {
      if (people.isTitle(doc.word(i)) && doc.capitalized(i)) {
        int name = i + 1;
        boolean firstName = people.firstNameGender(doc.word(name)) != Gender.UNKNOWN;
        return firstName && to - name >= 2 && to - name <= 3 ? name : -1;
      }
    }
    return -1;
  }

  /**
   * Whether token {@code i} is a plain word in lower case, no name particle ("de", "van"), before
   * a capitalised word: a modifier the tagger took into the name ("youngest", "pro-").
   */
  private static boolean startsLowerCase(TokenView doc, int i) {
    String w = doc.word(i);
    if (!Character.isLowerCase(w.charAt(0)) || NAME_PARTICLES.contains(w)
        || !w.chars().allMatch(Character::isLetter) || i + 1 >= doc.size()) {
      return false;
    }
    int next = doc.joiningHyphen(i + 1) ? i + 2 : i + 1;
    return next < doc.size() && doc.capitalized(next);
  }

  /**
   * A dateline is a place: words in capitals that open a paragraph, in brackets or before a
   * capitalised agency in brackets ("[TOKYO]", "BERLIN (Reuters)").
   */
  private void datelines(TokenView doc, NameLabels labels) {
    for (int s = 0; s < doc.size(); s = doc.sentenceEnd(s)) {
      int i = s;
      int end = doc.sentenceEnd(s);
      if (!doc.paragraphStart(i)) {
        continue;
      }
      boolean bracketed = doc.pos(i).equals("-LRB-");
      if (bracketed) {
        i++;
      }
      int from = i;
      while (i < end && i - from < 4 && isCapitals(doc.word(i)) && doc.wordLike(i)) {
        i++;
      }
      if (i == from || i >= end) {
        continue;
      }
      boolean closes = bracketed
          ? doc.pos(i).equals("-RRB-")
          : doc.pos(i).equals("-LRB-") && i + 2 < end && doc.capitalized(i + 1)
              && doc.pos(i + 2).equals("-RRB-");
      if (closes && !doc.shouting(from)) {
        labels.set(from, i, EntityType.LOCATION);
      }
    }
  }

  private static boolean isCapitals(String word) {
    return word.length() >= 2 && word.equals(word.toUpperCase(java.util.Locale.ROOT))
        && Character.isLetter(word.charAt(0));
  }

  /** A capitalised word after an honorific is a person's name, whatever the tagger said. */
  private void honorificNames(TokenView doc, NameLabels labels) {
    for (int i = 0; i + 1 < doc.size(); i++) {
      if (!people.isHonorific(doc.word(i)) || !labels.free(i)) {
        continue;
      }
      int from = i + 1;
      if (doc.sentence(from) != doc.sentence(i) || !doc.capitalized(from) || !doc.wordLike(from)) {
        continue;
      }
      int to = from;
      if (labels.free(from)) {
        int sentenceEnd = doc.sentenceEnd(from);
        while (to < sentenceEnd
            && to - from < 3
            && labels.free(to)
            && doc.capitalized(to)
            && doc.properNoun(to)
            && (to == from || !doc.joiningHyphen(to - 1))) {
          to++;
        }
        to = Math.max(to, from + 1);
      } else {
        EntityType t = labels.type(from);
        to = from + 1;
        while (to < doc.sentenceEnd(from) && labels.type(to) == t && doc.capitalized(to)) {
          to++;
        }
      }
      labels.set(from, to, EntityType.PERSON);
    }
  }

  /** Untagged places and nationalities from the gazetteer; tagged nationalities become NORP. */
  private void gazetteerNames(TokenView doc, NameLabels labels) {
    for (NameSpan span : labels.spans()) {
      if (span.type() == EntityType.MISC
          && gazetteer.isNationality(doc.phrase(span.from(), span.to()))) {
        labels.set(span.from(), span.to(), EntityType.NORP);
      }
    }
    int i = 0;
    while (i < doc.size()) {
      int length = doc.capitalized(i) && !doc.shouting(i) && !followsHonorific(doc, i)
          ? gazetteerMatch(doc, labels, i)
          : 0;
      if (length == 0) {
        i++;
        continue;
      }
      String phrase = doc.phrase(i, i + length);
      EntityType type = gazetteer.place(phrase) != null ? EntityType.LOCATION : EntityType.NORP;
      labels.set(i, i + length, type);
      i += length;
    }
  }

  private int gazetteerMatch(TokenView doc, NameLabels labels, int i) {
    if (!gazetteer.mayStartWith(doc.word(i))) {
      return 0;
    }
    int longest = Math.min(gazetteer.longestPhrase(), doc.sentenceEnd(i) - i);
    for (int length = longest; length >= 1; length--) {
      int last = i + length - 1;
      if (labels.free(i, i + length)
          && doc.capitalized(last)
          && (doc.properNoun(last) || doc.pos(last).startsWith("JJ"))
          && gazetteer.contains(doc.phrase(i, i + length))) {
        return length;
      }
    }
    return 0;
  }

  private boolean followsHonorific(TokenView doc, int i) {
    return i > 0 && people.isHonorific(doc.word(i - 1));
  }

  /** Splits names joined by hyphens when every part is a name of its own. */
  private void splitHyphenated(TokenView doc, NameLabels labels, Votes votes) {
    Set<String> initials = organisationInitials(doc, labels);
    for (NameSpan span : labels.spans()) {
      List<int[]> parts = new ArrayList<>();
      int partFrom = span.from();
      for (int i = span.from() + 1; i < span.to() - 1; i++) {
        if (doc.joiningHyphen(i)) {
          parts.add(new int[] {partFrom, i});
          partFrom = i + 1;
        }
      }
      if (parts.isEmpty()) {
        continue;
      }
      parts.add(new int[] {partFrom, span.to()});
      boolean allKnown = true;
      for (int[] part : parts) {
        String phrase = doc.phrase(part[0], part[1]);
        allKnown &= gazetteer.contains(phrase) || votes.knows(phrase.toLowerCase(java.util.Locale.ROOT))
            || initials.contains(phrase);
      }
      if (!allKnown) {
        continue;
      }
      for (int[] part : parts) {
        String phrase = doc.phrase(part[0], part[1]);
        EntityType t = gazetteer.place(phrase) != null
            ? EntityType.LOCATION
            : gazetteer.isNationality(phrase) ? EntityType.NORP
            : initials.contains(phrase) ? EntityType.ORGANIZATION
            : votes.best(doc.key(part[0], part[1]));
        labels.set(part[0], part[1], t == null ? span.type() : t);
        if (part[1] < span.to()) {
          labels.clear(part[1], part[1] + 1);
        }
      }
    }
  }

  /**
   * One name, one type: a name takes the type it has most often in the text (a person's first
   * or last name alone counts as the person), and untagged repetitions are tagged.
   */
  private void makeConsistent(TokenView doc, NameLabels labels, Votes votes) {
    for (NameSpan span : labels.spans()) {
      if (doc.shouting(span.from())) {
        continue;
      }
      String key = doc.key(span.from(), span.to());
      EntityType best = votes.best(key);
      int own = votes.count(key, span.type());
      if (best != null && best != span.type() && votes.count(key, best) >= Math.max(2, 2 * own)) {
        labels.set(span.from(), span.to(), best);
      } else if (span.type() != EntityType.PERSON
          && span.length() == 1
          && votes.isPersonPart(key)
          && own <= 1
          && gazetteer.place(doc.phrase(span.from(), span.to())) == null
          && !beforeCommaPlace(doc, labels, span.to())) {
        labels.set(span.from(), span.to(), EntityType.PERSON);
      } else if (endsInPersonName(doc, votes, span) && own <= 1) {
        labels.set(span.from(), span.to(), EntityType.PERSON);
      }
    }
    int i = 0;
    while (i < doc.size()) {
      int length = recoverable(doc, labels, i) ? knownMatch(doc, labels, votes, i) : 0;
      if (length == 0) {
        i++;
        continue;
      }
      String key = doc.key(i, i + length);
      EntityType best = votes.best(key);
      labels.set(i, i + length, best != null ? best : EntityType.PERSON);
      i += length;
    }
  }

  /**
   * Whether a name the tagger did not call a person ends with a word the text uses alone as a
   * person's name ("Folake Adeyemi" after "Ms Adeyemi"), and nothing in it says organisation
   * or place.
   */
  private boolean endsInPersonName(TokenView doc, Votes votes, NameSpan span) {
    if (span.type() == EntityType.PERSON || span.length() < 2 || span.length() > 3) {
      return false;
    }
    int last = span.to() - 1;
    String key = doc.lower(last);
    if (votes.count(key, EntityType.PERSON) == 0 || votes.best(key) != EntityType.PERSON
        || organisations.headKind(doc.word(last)) != null
        || gazetteer.contains(doc.phrase(span.from(), span.to()))) {
      return false;
    }
    for (int i = span.from(); i <= last; i++) {
      if (!doc.capitalized(i) || !doc.properNoun(i) || gazetteer.contains(doc.word(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether ", Place" follows token {@code i - 1}, as in "Turner, Arkansas". */
  private static boolean beforeCommaPlace(TokenView doc, NameLabels labels, int i) {
    return i + 1 < doc.size() && doc.word(i).equals(",") && labels.type(i + 1) == EntityType.LOCATION;
  }

  private boolean recoverable(TokenView doc, NameLabels labels, int i) {
    if (!labels.free(i) || !doc.capitalized(i) || people.isHonorific(doc.word(i))) {
      return false;
    }
    return doc.shouting(i) ? doc.word(i).length() >= 3 : doc.properNoun(i);
  }

  private int knownMatch(TokenView doc, NameLabels labels, Votes votes, int i) {
    if (i > 0 && !labels.free(i - 1) || !votes.mayStartWith(doc.lower(i))) {
      return 0;
    }
    int longest = Math.min(LONGEST_NAME, doc.sentenceEnd(i) - i);
    for (int length = longest; length >= 1; length--) {
      int end = i + length;
      if (!labels.free(i, end) || !doc.capitalized(end - 1) || end < doc.size() && !labels.free(end)) {
        continue;
      }
      String key = doc.key(i, end);
      if (votes.best(key) != null || (length == 1 && votes.isPersonPart(key))) {
        return length;
      }
    }
    return 0;
  }

  /** "Democratic Party" followed by "For The People" is one name. */
  private void extendOrganisations(TokenView doc, NameLabels labels) {
    for (NameSpan span : labels.spans()) {
      if (span.type() != EntityType.ORGANIZATION) {
        continue;
      }
      int to = span.to();
      int sentenceEnd = doc.sentenceEnd(span.from());
      if (to >= sentenceEnd || !TITLE_CASE_LINKS.contains(doc.word(to))) {
        continue;
      }
      int end = to;
      int lastWord = -1;
      while (end < sentenceEnd && doc.capitalized(end) && !doc.joiningHyphen(end)) {
        if (!TITLE_CASE_LINKS.contains(doc.word(end))) {
          lastWord = end;
        }
        end++;
      }
      if (lastWord >= to) {
        labels.set(span.from(), lastWord + 1, EntityType.ORGANIZATION);
      }
    }
  }

  /**
   * Untagged capitalised phrases that end in an organisation word ("Foreign Ministry") or start
   * with one and go on with "of" ("Ministry of Defence") are organisations.
   */
  private void organisationsByHead(TokenView doc, NameLabels labels) {
    int i = 0;
    while (i < doc.size()) {
      if (!labels.free(i) || !doc.capitalized(i) || !doc.properNoun(i) || doc.shouting(i)) {
        i++;
        continue;
      }
      int end = i;
      int lastCapital = i;
      int sentenceEnd = doc.sentenceEnd(i);
      while (end < sentenceEnd && labels.free(end)
          && (doc.capitalized(end) && doc.properNoun(end)
              || LOWER_CASE_LINKS.contains(doc.word(end)) && end + 1 < sentenceEnd
                  && doc.capitalized(end + 1))) {
        if (doc.capitalized(end)) {
          lastCapital = end;
        }
        end++;
      }
      end = lastCapital + 1;
      if (end - i >= 2
          && (organisations.headKind(doc.word(end - 1)) != null
              || organisations.headKind(doc.word(i)) != null && doc.word(i + 1).equals("of"))) {
        labels.set(i, end, EntityType.ORGANIZATION);
      }
      i = end;
    }
  }

  /**
   * An organisation's initials name it too ("LDP" for "Liberal Democratic Party"), and so does
   * a capitalised abbreviation in brackets right after its name.
   */
  private void acronyms(TokenView doc, NameLabels labels) {
    Set<String> initials = organisationInitials(doc, labels);
    Set<Integer> bracketed = new HashSet<>();
    for (NameSpan span : labels.spans()) {
      if (span.type() != EntityType.ORGANIZATION || span.length() < 2) {
        continue;
      }
      int open = span.to();
      if (open + 2 < doc.size() && doc.pos(open).equals("-LRB-") && doc.pos(open + 2).equals("-RRB-")) {
        bracketed.add(open + 1);
      }
    }
    for (int i = 0; i < doc.size(); i++) {
      String w = doc.word(i);
      if (labels.free(i) && !doc.shouting(i) && Acronyms.looksLikeAcronym(w)
          && (bracketed.contains(i) || initials.contains(Acronyms.letters(w)))) {
        labels.set(i, i + 1, EntityType.ORGANIZATION);
      }
    }
  }

  /** The acronyms the text's organisation names could have ("EU" for "European Union"). */
  private static Set<String> organisationInitials(TokenView doc, NameLabels labels) {
    Set<String> initials = new HashSet<>();
    for (NameSpan span : labels.spans()) {
      if (span.type() == EntityType.ORGANIZATION && span.length() >= 2) {
        initials.addAll(Acronyms.initials(doc, span.from(), span.to()));
      }
    }
    return initials;
  }

  private List<NameSpan> withHonorifics(TokenView doc, List<NameSpan> spans) {
    List<NameSpan> out = new ArrayList<>(spans.size());
    for (NameSpan span : spans) {
      int f = span.from();
      boolean honorific = span.type() == EntityType.PERSON && f > 0
          && doc.sentence(f - 1) == doc.sentence(f) && people.isHonorific(doc.word(f - 1));
      out.add(honorific ? new NameSpan(f, span.to(), f - 1, span.type()) : span);
    }
    return out;
  }

  /** How often each name (lower case) has each type in the text. */
  private final class Votes {
    private final Map<String, EnumMap<EntityType, Integer>> counts = new HashMap<>();
    private final Set<String> personParts = new HashSet<>();
    private final Set<String> firstWords = new HashSet<>();

    Votes(TokenView doc, NameLabels labels) {
      for (NameSpan span : labels.spans()) {
        if (doc.shouting(span.from()) || containsJoiningHyphen(doc, span)) {
          continue;
        }
        boolean honorific = span.type() == EntityType.PERSON && span.from() > 0
            && people.isHonorific(doc.word(span.from() - 1));
        counts.computeIfAbsent(doc.key(span.from(), span.to()), k -> new EnumMap<>(EntityType.class))
            .merge(span.type(), honorific ? 2 : 1, Integer::sum);
        firstWords.add(doc.lower(span.from()));
        if (span.type() == EntityType.PERSON && span.length() > 1) {
          addPart(doc, span.from());
          addPart(doc, span.to() - 1);
        }
      }
    }

    private void addPart(TokenView doc, int i) {
      String w = doc.word(i);
      if (w.length() > 2 && !w.endsWith(".") && doc.capitalized(i)) {
        personParts.add(doc.lower(i));
        firstWords.add(doc.lower(i));
      }
    }

    /** Whether some known name starts with the lower-case token {@code word}. */
    boolean mayStartWith(String word) {
      return firstWords.contains(word);
    }

    private boolean containsJoiningHyphen(TokenView doc, NameSpan span) {
      for (int i = span.from() + 1; i < span.to() - 1; i++) {
        if (doc.joiningHyphen(i)) {
          return true;
        }
      }
      return false;
    }

    boolean knows(String key) {
      return counts.containsKey(key) || personParts.contains(key);
    }

    boolean isPersonPart(String key) {
      return personParts.contains(key);
    }

    int count(String key, EntityType t) {
      EnumMap<EntityType, Integer> c = counts.get(key);
      return c == null ? 0 : c.getOrDefault(t, 0);
    }

    EntityType best(String key) {
      EnumMap<EntityType, Integer> c = counts.get(key);
      if (c == null) {
        return isPersonPart(key) ? EntityType.PERSON : null;
      }
      EntityType best = null;
      int most = 0;
      for (Map.Entry<EntityType, Integer> e : c.entrySet()) {
        if (e.getValue() > most) {
          best = e.getKey();
          most = e.getValue();
        }
      }
      return best;
    }
  }
}
