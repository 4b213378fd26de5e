package org.newsgraph.nlp.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Place names and the names of nationalities and groups, as general knowledge: CoreNLP's lists of
 * countries, demonyms and states, and our own small tables of country aliases ("US", "America"
 * are the United States) and of religious and political groups. Phrases match exactly as
 * written, with single spaces. Immutable.
 */
final class Gazetteer {

  private static final String COREFERENCE_LISTS = "edu/stanford/nlp/models/dcoref/";

  private final Map<String, String> places;
  private final Set<String> nationalities;
  private final int longestPhrase;
  private final Set<String> firstWords;

  private Gazetteer(Map<String, String> places, Set<String> nationalities) {
    this.places = Map.copyOf(places);
    this.nationalities = Set.copyOf(nationalities);
    int longest = 1;
    Set<String> first = new HashSet<>();
    for (String phrase : places.keySet()) {
      longest = Math.max(longest, WordLists.words(phrase).size());
      first.add(firstWord(phrase));
    }
    for (String phrase : nationalities) {
      longest = Math.max(longest, WordLists.words(phrase).size());
      first.add(firstWord(phrase));
    }
    this.longestPhrase = longest;
    this.firstWords = Set.copyOf(first);
  }

  /** The gazetteer built from the lists on the class path. */
  static Gazetteer load() {
    Map<String, String> places = new HashMap<>();
    Set<String> nationalities = new HashSet<>();
    for (List<String> row : WordLists.rows(COREFERENCE_LISTS + "demonyms.txt")) {
      String place = stripFullStop(row.get(0));
      places.put(place, place);
      for (String form : row.subList(1, row.size())) {
        if (!form.isEmpty()) {
          nationalities.add(form);
        }
      }
    }
    for (List<String> row : WordLists.rows(COREFERENCE_LISTS + "countries")) {
      if (row.size() > 1) {
        String name = countryName(row.get(1));
        places.putIfAbsent(name, name);
      }
    }
    for (List<String> row : WordLists.rows(COREFERENCE_LISTS + "statesandprovinces")) {
      places.putIfAbsent(row.get(0), row.get(0));
    }
    for (String place : List.copyOf(places.keySet())) {
      if (place.endsWith(".")) {
        places.putIfAbsent(stripFullStop(place), places.get(place));
      }
    }
    for (List<String> row : WordLists.own("country-aliases.tsv")) {
      for (String alias : row) {
        places.put(alias, row.get(0));
        if (alias.endsWith(".")) {
          places.put(stripFullStop(alias), row.get(0));
        }
      }
    }
    for (String group : WordLists.firstCells(WordLists.own("groups.txt"))) {
      nationalities.add(group);
    }
    nationalities.removeAll(places.keySet());
    return new Gazetteer(places, nationalities);
  }

  /**
   * The usual name of the place {@code phrase} names ("U.S." gives "United States"), or null. An
   * abbreviation whose full stop the tokenizer took as the sentence's ("U.S") still counts.
   */
  String place(String phrase) {
    return places.get(phrase);
  }

  /** Whether {@code phrase} names a nationality or group ("Japanese", "North Koreans"). */
  boolean isNationality(String phrase) {
    return nationalities.contains(phrase);
  }

  /**
   * The singular that stands for the nationality or group {@code phrase} ("Japanese" for
   * "Japanese", "North Korean" for "North Koreans"), or null when it is none.
   */
  String nationality(String phrase) {
    if (!nationalities.contains(phrase)) {
      return null;
    }
    String singular = phrase.endsWith("s") ? phrase.substring(0, phrase.length() - 1) : phrase;
    return nationalities.contains(singular) ? singular : phrase;
  }

  /** Whether {@code phrase} is a place, nationality or group. */
  boolean contains(String phrase) {
    return places.containsKey(phrase) || nationalities.contains(phrase);
  }

  /**
   * Whether some phrase of the gazetteer may start with the token {@code word}: the phrase's
   * text up to its first space, apostrophe or hyphen ("People" for "People's Republic").
   */
  boolean mayStartWith(String word) {
    return firstWords.contains(word);
  }

  private static String firstWord(String phrase) {
    int end = phrase.length();
    for (int k = 1; k < phrase.length(); k++) {
      char c = phrase.charAt(k);
      if (c == ' ' || c == '\'' || c == '-') {
        end = k;
        break;
      }
    }
    return phrase.substring(0, end);
  }

  /** The most words any phrase of the gazetteer has. */
  int longestPhrase() {
    return longestPhrase;
  }

  private static String stripFullStop(String place) {
    return place.endsWith(".") ? place.substring(0, place.length() - 1) : place;
  }

  /** "Korea, North" is North Korea; "Bahamas, The" is Bahamas. */
  private static String countryName(String listed) {
    int comma = listed.indexOf(", ");
    if (comma < 0) {
      return listed;
    }
    String head = listed.substring(0, comma);
    String rest = listed.substring(comma + 2);
    return rest.equals("The") ? head : rest + " " + head;
  }
}
