package org.newsgraph.extract.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the headline among the lines above the body: a line of a few words with no final full stop
 * that shares the most content words with the story's opening paragraphs. A site name or section
 * label shares fewer, or none.
 */
final class Headline {

  static final int MIN_WORDS = 2;
  static final int MAX_WORDS = 30;

  /** A headline's words recur in the story's first paragraphs. */
  static final int LEAD_PARAGRAPHS = 20;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private Headline() {}

  /** The headline among {@code header}, given the body's paragraphs, or {@code null}. */
  static String pick(List<Block> header, List<String> body) {
    Set<String> bodyWords = new HashSet<>();
    for (String paragraph : body.subList(0, Math.min(body.size(), LEAD_PARAGRAPHS))) {
      bodyWords.addAll(contentWords(paragraph));
    }
    String best = null;
    int bestShared = 0;
    for (Block block : header) {
      if (!isCandidate(block)) {
        continue;
      }
      int shared = 0;
      for (String word : contentWords(block.text())) {
        if (bodyWords.contains(word)) {
          shared++;
        }
      }
      if (shared > bestShared) {
        best = block.text();
        bestShared = shared;
      }
    }
    return best;
  }

  private static boolean isCandidate(Block block) {
    LineFeatures f = block.features();
    return block.is(Block.Kind.SHORT)
        && f.words() >= MIN_WORDS
        && f.words() <= MAX_WORDS
        && !f.text().endsWith(".");
  }

  private static Set<String> contentWords(String text) {
    Set<String> words = new HashSet<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String word = m.group();
      if (word.length() > 1 && !StopWords.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }
}
