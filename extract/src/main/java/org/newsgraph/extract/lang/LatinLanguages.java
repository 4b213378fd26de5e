package org.newsgraph.extract.lang;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Tells Latin-script languages apart by their function words ({@link StopWords}) and, as a
 * tie-breaker, by letters only some of them use ({@code ñ}, {@code ø}, {@code ł}, {@code ő}...).
 */
final class LatinLanguages {

  /** The least word evidence for an answer. */
  static final double MIN_SCORE = 2.0;

  /** No character below this is, or lower-cases to, a telling letter. */
  private static final char FIRST_TELLING_LETTER = '\u00c0';
  /** No telling letter is above this. */
  private static final char LAST_TELLING_LETTER = '\u1eff';

  /**
   * By letter from the first telling letter to the last, the {@link StopWords#LANGUAGES} indexes
   * of the languages the letter tells of, or {@code null}: one array read a letter.
   */
  private static final int[][] TELLING_LETTERS = tellingLetters();

  private static final double LETTER_WEIGHT = 0.3;
  private static final double MAX_LETTER_SCORE = 3.0;

  private LatinLanguages() {}

  /**
   * The language of {@code words} (lower case), with {@code text} for its letters. Scores are
   * kept by language index rather than in maps of boxed numbers, and letters looked up in
   * a table rather than a map; each score is summed in the same order as ever.
   */
  static Optional<String> guess(List<String> words, String text) {
    double[] scores = new double[StopWords.LANGUAGES.size()];
    for (String word : words) {
      int[] languages = StopWords.languagesOf(word);
      for (int language : languages) {
        scores[language] += 1.0 / languages.length;
      }
    }
    double[] letters = new double[scores.length];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < FIRST_TELLING_LETTER) {
        continue;
      }
      char lower = Character.toLowerCase(c);
      int[] languages =
          lower >= FIRST_TELLING_LETTER && lower <= LAST_TELLING_LETTER
              ? TELLING_LETTERS[lower - FIRST_TELLING_LETTER]
              : null;
      if (languages != null) {
        for (int language : languages) {
          letters[language] = Math.min(MAX_LETTER_SCORE, letters[language] + LETTER_WEIGHT);
        }
      }
    }
    int best = -1;
    double bestScore = 0;
    double second = 0;
    for (int language = 0; language < scores.length; language++) {
      double score = scores[language] + letters[language];
      if (score > bestScore) {
        second = bestScore;
        best = language;
        bestScore = score;
      } else if (score > second) {
        second = score;
      }
    }
    if (best < 0 || bestScore < MIN_SCORE || bestScore == second) {
      return Optional.empty();
    }
    return Optional.of(StopWords.LANGUAGES.get(best));
  }

  private static int[][] tellingLetters() {
    int[][] letters = new int[LAST_TELLING_LETTER - FIRST_TELLING_LETTER + 1][];
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
    return letters;
  }

  private static void put(int[][] letters, String chars, String languages) {
    int[] indexes = Arrays.stream(languages.split(" ")).mapToInt(StopWords::indexOf).toArray();
    for (char c : chars.toCharArray()) {
      if (c < FIRST_TELLING_LETTER || c > LAST_TELLING_LETTER) {
        throw new IllegalStateException("telling letter out of range: " + c);
      }
      letters[c - FIRST_TELLING_LETTER] = indexes;
    }
  }
}
