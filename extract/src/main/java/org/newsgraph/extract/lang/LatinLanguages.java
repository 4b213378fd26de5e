package org.newsgraph.extract.lang;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells Latin-script languages apart by their function words ({@link StopWords}) and, as a
 * tie-breaker, by letters only some of them use ({@code ñ}, {@code ø}, {@code ł}, {@code ő}...).
 */
final class LatinLanguages {

  /** The least word evidence for an answer. */
  static final double MIN_SCORE = 2.0;

  private static final Map<Character, String> TELLING_LETTERS = tellingLetters();
  /** No character below this is, or lower-cases to, a telling letter. */
  private static final char FIRST_TELLING_LETTER = '\u00c0';

  private static final double LETTER_WEIGHT = 0.3;
  private static final double MAX_LETTER_SCORE = 3.0;

  private LatinLanguages() {}

  /** The language of {@code words} (lower case), with {@code text} for its letters. */
  static Optional<String> guess(List<String> words, String text) {
    Map<String, Double> scores = new HashMap<>();
    for (String word : words) {
      List<String> languages = StopWords.languagesOf(word);
      for (String language : languages) {
        scores.merge(language, 1.0 / languages.size(), Double::sum);
      }
    }
    Map<String, Double> letters = new HashMap<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < FIRST_TELLING_LETTER) {
        continue;
      }
      String languages = TELLING_LETTERS.get(Character.toLowerCase(c));
      if (languages != null) {
        for (String language : languages.split(" ")) {
          letters.merge(language, LETTER_WEIGHT, (a, b) -> Math.min(MAX_LETTER_SCORE, a + b));
        }
      }
    }
    letters.forEach((language, score) -> scores.merge(language, score, Double::sum));
    String best = null;
    double bestScore = 0;
    double second = 0;
    for (Map.Entry<String, Double> entry : scores.entrySet()) {
      double score = entry.getValue();
      if (score > bestScore) {
        second = bestScore;
        best = entry.getKey();
        bestScore = score;
      } else if (score > second) {
        second = score;
      }
    }
    if (best == null || bestScore < MIN_SCORE || bestScore == second) {
      return Optional.empty();
    }
    return Optional.of(best);
  }

  private static Map<Character, String> tellingLetters() {
    Map<Character, String> letters = new HashMap<>();
    put(letters, "ñ", "es");
    put(letters, "ãõ", "pt");
    put(letters, "ß", "de");
    put(letters, "ä", "de sv fi sk");
    put(letters, "ö", "de sv fi hu tr");
    put(letters, "æø", "da no");
    put(letters, "å", "sv da no");
    put(letters, "łąęśźż", "pl");
    put(letters, "řěů", "cs");
    put(letters, "ľĺŕô", "sk");
    put(letters, "șşțţă", "ro");
    put(letters, "őű", "hu");
    put(letters, "ğı", "tr");
    put(letters, "ơưạảấầẩậắằẳặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ", "vi");
    put(letters, "ŀ", "ca");
    put(letters, "đ", "hr vi");
    return Map.copyOf(letters);
  }

  private static void put(Map<Character, String> letters, String chars, String languages) {
    for (char c : chars.toCharArray()) {
      if (c < FIRST_TELLING_LETTER) {
        throw new IllegalStateException("telling letter below the first: " + c);
      }
      letters.put(c, languages);
    }
  }
}
