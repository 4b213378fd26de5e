package org.newsgraph.extract.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares an extracted text with its gold text as multisets of 4-token shingles, tokens being
 * maximal runs of Unicode word characters with case kept. A text of one to three tokens is one
 * shorter shingle; an empty text has none.
 */
public final class ShingleScorer {

  static final int SHINGLE_LENGTH = 4;
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  /** Scores {@code predicted} against {@code gold}. */
  public ShingleScore score(String gold, String predicted) {
    List<String> goldTokens = tokens(gold);
    List<String> predictedTokens = tokens(predicted);
    Map<List<String>, Integer> goldBag = shingles(goldTokens);
    Map<List<String>, Integer> predictedBag = shingles(predictedTokens);
    int shared = 0;
    for (Map.Entry<List<String>, Integer> entry : predictedBag.entrySet()) {
      shared += Math.min(entry.getValue(), goldBag.getOrDefault(entry.getKey(), 0));
    }
    int predictedTotal = total(predictedBag);
    int goldTotal = total(goldBag);
    return new ShingleScore(
        shared, predictedTotal - shared, goldTotal - shared, goldTokens.equals(predictedTokens));
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  private static Map<List<String>, Integer> shingles(List<String> tokens) {
    Map<List<String>, Integer> bag = new HashMap<>();
    if (tokens.isEmpty()) {
      return bag;
    }
    if (tokens.size() < SHINGLE_LENGTH) {
      bag.put(List.copyOf(tokens), 1);
      return bag;
    }
    for (int i = 0; i + SHINGLE_LENGTH <= tokens.size(); i++) {
      bag.merge(List.copyOf(tokens.subList(i, i + SHINGLE_LENGTH)), 1, Integer::sum);
    }
    return bag;
  }

  private static int total(Map<List<String>, Integer> bag) {
    int n = 0;
    for (int count : bag.values()) {
      n += count;
    }
    return n;
  }
}
