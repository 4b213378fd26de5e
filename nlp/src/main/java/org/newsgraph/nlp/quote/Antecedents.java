package org.newsgraph.nlp.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Mention;

/**
 * Finds what a speaker pronoun refers to: for "he" and "she" (or "his" and "her") a person, for
 * "it" and "they" (or "its" and "their") an organisation, named earlier in the same sentence (leftmost first, as subjects come first) or
 * else in the sentences before it in the paragraph (the latest first), reaching back into the
 * previous paragraph's last sentence when the pronoun opens its paragraph. A courtesy title
 * anywhere in the text ("Mr Chun", "Ms Ardern") gives a name its gender; candidates of the other
 * gender are passed over.
 */
final class Antecedents {

  private enum Gender { MALE, FEMALE, UNKNOWN }

  private record Candidate(int start, int end, int firstToken, Gender gender) {}

  private final TokenView view;
  private final List<Candidate> people;
  private final List<Candidate> organisations;

  Antecedents(TokenView view, EntityIndex entities) {
    this.view = view;
    Map<String, Gender> genders = gendersByTitle(view);
    this.people = candidates(view, "PERSON", entities.mentionsOf(EntityType.PERSON), genders);
    this.organisations =
        candidates(view, "ORGANIZATION", entities.mentionsOf(EntityType.ORGANIZATION), genders);
  }

  /** The character span {@code [start, end)} the pronoun at token {@code i} refers to, or null. */
  int[] of(int i) {
    String word = view.word(i).toLowerCase(Locale.ROOT);
    List<Candidate> pool;
    Gender gender;
    switch (word) {
      case "he", "his" -> { pool = people; gender = Gender.MALE; }
      case "she", "her" -> { pool = people; gender = Gender.FEMALE; }
      case "it", "they", "its", "their" -> { pool = organisations; gender = Gender.UNKNOWN; }
      default -> { return null; }
    }
    Candidate found = search(pool, gender, i);
    return found == null ? null : new int[] {found.start(), found.end()};
  }

  private Candidate search(List<Candidate> pool, Gender gender, int pronoun) {
    int paragraph = view.paragraph(pronoun);
    int unitStart = view.unitStart(pronoun);
    for (Candidate c : pool) {
      if (c.firstToken() >= unitStart && c.firstToken() < pronoun && fits(c, gender)) {
        return c;
      }
    }
    int cursor = unitStart - 1;
    boolean previousSentence = true;
    while (cursor >= 0 && (previousSentence || view.paragraph(cursor) == paragraph)) {
      int start = view.unitStart(cursor);
      for (Candidate c : pool) {
        if (c.firstToken() >= start && c.firstToken() <= cursor && fits(c, gender)) {
          return c;
        }
      }
      previousSentence = false;
      cursor = start - 1;
    }
    return null;
  }

  private static boolean fits(Candidate c, Gender gender) {
    return gender == Gender.UNKNOWN || c.gender() == Gender.UNKNOWN || c.gender() == gender;
  }

  /** Name runs with the given tag and entity mentions of that type, outside quotations. */
  private static List<Candidate> candidates(
      TokenView view, String tag, List<Mention> mentions, Map<String, Gender> genders) {
    List<int[]> spans = new ArrayList<>();
    for (int i = 0; i < view.size(); i++) {
      if (view.token(i).nameTag().equals(tag)) {
        int j = i;
        while (j + 1 < view.size() && view.token(j + 1).nameTag().equals(tag)) {
          j++;
        }
        int start = i > 0 && NounPhrases.isHonorific(view.word(i - 1)) ? i - 1 : i;
        spans.add(new int[] {view.token(start).start(), view.token(j).end()});
        i = j;
      }
    }
    for (Mention m : mentions) {
      if (!isPronoun(m.text())) {
        spans.add(new int[] {m.start(), m.end()});
      }
    }
    spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    List<Candidate> out = new ArrayList<>();
    int lastEnd = -1;
    for (int[] span : spans) {
      int first = view.tokenFrom(span[0]);
      if (span[0] < lastEnd || first >= view.size() || view.quoted(first)) {
        continue;
      }
      lastEnd = span[1];
      out.add(new Candidate(span[0], span[1], first, genderOf(view.text.substring(span[0], span[1]), genders)));
    }
    return out;
  }

  private static boolean isPronoun(String text) {
    return text.indexOf(' ') < 0 && Character.isLowerCase(text.charAt(0)) || text.equals("I");
  }

  private static Gender genderOf(String name, Map<String, Gender> genders) {
    String[] words = name.split("\\s+");
    Gender byTitle = titleGender(words[0]);
    if (byTitle != Gender.UNKNOWN) {
      return byTitle;
    }
    return genders.getOrDefault(words[words.length - 1].toLowerCase(Locale.ROOT), Gender.UNKNOWN);
  }

  private static Map<String, Gender> gendersByTitle(TokenView view) {
    Map<String, Gender> genders = new HashMap<>();
    for (int i = 0; i + 1 < view.size(); i++) {
      Gender g = titleGender(view.word(i));
      if (g != Gender.UNKNOWN && view.token(i + 1).isProperNoun()) {
        genders.merge(view.word(i + 1).toLowerCase(Locale.ROOT), g, (a, b) -> a == b ? a : Gender.UNKNOWN);
      }
    }
    return genders;
  }

  private static Gender titleGender(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "mr", "mr.", "sir", "lord" -> Gender.MALE;
      case "mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady" -> Gender.FEMALE;
      default -> Gender.UNKNOWN;
    };
  }
}
