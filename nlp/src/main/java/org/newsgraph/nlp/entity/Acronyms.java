package org.newsgraph.nlp.entity;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Acronyms and the initials of names: "LDP" stands for "Liberal Democratic Party". */
final class Acronyms {

  private static final Set<String> LINKS = Set.of("of", "for", "and", "the", "on", "in", "to", "&");

  private Acronyms() {}

  /** Whether {@code word} looks like an acronym: two to six capitals, dots allowed ("U.N."). */
  static boolean looksLikeAcronym(String word) {
    String letters = letters(word);
    return letters.length() >= 2
        && letters.length() <= 6
        && letters.equals(letters.toUpperCase(Locale.ROOT))
        && letters.chars().allMatch(Character::isLetter);
  }

  /** The acronym as its capitals alone ("U.N." gives "UN"). */
  static String letters(String word) {
    return word.replace(".", "");
  }

  /**
   * The acronyms the name in tokens {@code [from, to)} could have: the initials of its
   * capitalised words, with and without its linking words ("of", "for").
   */
  static Set<String> initials(TokenView doc, int from, int to) {
    StringBuilder content = new StringBuilder();
    StringBuilder all = new StringBuilder();
    for (int i = from; i < to; i++) {
      String w = doc.word(i);
      if (!Character.isLetter(w.charAt(0))) {
        continue;
      }
      char first = Character.toUpperCase(w.charAt(0));
      boolean link = LINKS.contains(w.toLowerCase(Locale.ROOT));
      if (!link) {
        content.append(first);
      }
      if (Character.isUpperCase(w.charAt(0))) {
        all.append(first);
      }
    }
    Set<String> out = new HashSet<>();
    if (content.length() >= 2) {
      out.add(content.toString());
    }
    if (all.length() >= 2) {
      out.add(all.toString());
    }
    return out;
  }
}
