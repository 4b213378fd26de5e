package org.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Labels each candidate paragraph on its own, as jusText does: interface text by its phrases and
 * shape, body text by its length, a sentence ending and the density of function words, and the rest
 * short. Function words only count when the page has them: text in a language without {@link
 * StopWords} is judged by length and punctuation alone.
 */
final class BlockClassifier {

  /** Body paragraphs have at least this many words and end as sentences. */
  static final int MIN_BODY_WORDS = 10;

  /** A paragraph this long is prose even without a final full stop. */
  static final int LONG_BODY_WORDS = 40;

  /** Prose has at least this share of function words; menus and headlines have fewer. */
  static final double MIN_STOP_WORD_DENSITY = 0.2;

  /**
   * Below this share over the page's longer lines, its language is not one {@link StopWords} knows.
   */
  static final double KNOWN_LANGUAGE_DENSITY = 0.1;

  /** The reason given for a byline. */
  static final String BYLINE = "byline";

  private BlockClassifier() {}

  static List<Block> classify(List<String> paragraphs) {
    List<LineFeatures> features = new ArrayList<>(paragraphs.size());
    for (String paragraph : paragraphs) {
      features.add(LineFeatures.of(paragraph));
    }
    boolean densityTells = knownLanguage(features);
    List<Block> blocks = new ArrayList<>(features.size());
    for (LineFeatures f : features) {
      blocks.add(classify(f, densityTells));
    }
    return blocks;
  }

  private static Block classify(LineFeatures f, boolean densityTells) {
    String reason = Boilerplate.reason(f).orElse(null);
    if (reason == null && Bylines.authors(f).isPresent()) {
      reason = BYLINE;
    }
    if (reason == null && PrintedDates.isDateLine(f)) {
      reason = "date line";
    }
    if (reason != null) {
      return new Block(f, Block.Kind.BOILERPLATE, reason);
    }
    boolean prose = !densityTells || f.stopWordDensity() >= MIN_STOP_WORD_DENSITY;
    boolean body =
        prose && (f.words() >= MIN_BODY_WORDS && f.endsSentence() || f.words() >= LONG_BODY_WORDS);
    return new Block(f, body ? Block.Kind.BODY : Block.Kind.SHORT, null);
  }

  private static boolean knownLanguage(List<LineFeatures> features) {
    long words = 0;
    long stop = 0;
    for (LineFeatures f : features) {
      if (f.words() >= MIN_BODY_WORDS) {
        words += f.words();
        stop += f.stopWords();
      }
    }
    return words > 0 && (double) stop / words >= KNOWN_LANGUAGE_DENSITY;
  }
}
