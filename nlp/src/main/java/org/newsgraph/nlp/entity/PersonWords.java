package org.newsgraph.nlp.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * General knowledge about how news names people: honorifics ("Mr", "Ms"), the nouns that head a
 * role ("president", "lawmaker"), the words that mark a role as past ("former") and the gender
 * that first names and some nouns carry (CoreNLP's first-name list). Immutable.
 */
final class PersonWords {

  private static final String FIRST_NAMES = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

  private static final Set<String> FORMER =
      Set.of("former", "ex", "ex-", "erstwhile", "onetime", "one-time", "retired", "then");

  private final Map<String, Gender> honorifics;
  private final Set<String> firmHonorifics;
  private final Map<String, Gender> roleNouns;
  private final Set<String> kinNouns;
  private final Map<String, Gender> firstNames;

  private PersonWords(
      List<List<String>> honorificRows, List<List<String>> roleRows, Map<String, Gender> firstNames) {
    this.honorifics = genders(honorificRows);
    this.firmHonorifics = flagged(honorificRows, "FIRM");
    this.roleNouns = genders(roleRows);
    this.kinNouns = flagged(roleRows, "KIN");
    this.firstNames = Map.copyOf(firstNames);
  }

  /** The words from the lists on the class path. */
  static PersonWords load() {
    Map<String, Gender> firstNames = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (List<String> row : WordLists.rows(FIRST_NAMES)) {
      if (row.size() < 2 || row.get(0).isEmpty()) {
        continue;
      }
      Gender gender = Gender.parse(row.get(1));
      Gender before = firstNames.put(row.get(0), gender);
      if (before != null && before != gender) {
        ambiguous.add(row.get(0));
      }
    }
    ambiguous.forEach(firstNames::remove);
    return new PersonWords(
        WordLists.own("honorifics.tsv"), WordLists.own("role-nouns.tsv"), firstNames);
  }

  private static Map<String, Gender> genders(List<List<String>> rows) {
    Map<String, Gender> table = new HashMap<>();
    for (List<String> row : rows) {
      table.put(row.get(0), row.size() > 1 ? Gender.parse(row.get(1)) : Gender.UNKNOWN);
    }
    return Map.copyOf(table);
  }

  private static Set<String> flagged(List<List<String>> rows, String flag) {
    Set<String> words = new HashSet<>();
    for (List<String> row : rows) {
      if (row.size() > 2 && row.get(2).equals(flag)) {
        words.add(row.get(0));
      }
    }
    return Set.copyOf(words);
  }

  /** Whether {@code word} is an honorific as written ("Mr", "Mrs.", "Dr"). */
  boolean isHonorific(String word) {
    return honorifics.containsKey(word);
  }

  /** Whether the honorific {@code word} leads nothing but a person's name ("Mr", not "Miss"). */
  boolean isFirmHonorific(String word) {
    return firmHonorifics.contains(word);
  }

  /** The gender an honorific marks. */
  Gender honorificGender(String word) {
    return honorifics.getOrDefault(word, Gender.UNKNOWN);
  }

  /** Whether {@code word}, in any case, is a noun that heads a role ("President", "envoy"). */
  boolean isRoleNoun(String word) {
    return roleNouns.containsKey(lower(word));
  }

  /** Whether {@code word} is a title that may stand before a name ("President", not "Mother"). */
  boolean isTitle(String word) {
    String lower = lower(word);
    return roleNouns.containsKey(lower) && !kinNouns.contains(lower);
  }

  /** The gender a role noun marks ("spokeswoman"), or unknown. */
  Gender roleGender(String word) {
    return roleNouns.getOrDefault(lower(word), Gender.UNKNOWN);
  }

  /** Whether {@code word} marks a role as past ("former", "ex-"). */
  boolean isFormerMarker(String word) {
    return FORMER.contains(lower(word));
  }

  /** The gender a first name usually has, or unknown (also for names used by both). */
  Gender firstNameGender(String word) {
    return firstNames.getOrDefault(lower(word), Gender.UNKNOWN);
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
