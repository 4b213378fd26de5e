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
  private static final int NO_TOKEN = -1;

  /** Four token ids; a shorter text's single shingle is padded with {@link #NO_TOKEN}. */
  private record Shingle(int first, int second, int third, int fourth) {}

  /** Scores {@code predicted} against {@code gold}. */
  public ShingleScore score(String gold, String predicted) {
    List<String> goldTokens = tokens(gold);
    List<String> predictedTokens = tokens(predicted);
    Map<String, Integer> ids = new HashMap<>();
    Map<Shingle, Integer> goldBag = shingles(goldTokens, ids);
    Map<Shingle, Integer> predictedBag = shingles(predictedTokens, ids);
    int shared = 0;
    for (Map.Entry<Shingle, Integer> entry : predictedBag.entrySet()) {
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

  private static Map<Shingle, Integer> shingles(List<String> tokens, Map<String, Integer> ids) {
    int[] id = new int[tokens.size()];
    for (int i = 0; i < id.length; i++) {
      id[i] = ids.computeIfAbsent(tokens.get(i), token -> ids.size());
    }
    Map<Shingle, Integer> bag = new HashMap<>();
    if (id.length == 0) {
      return bag;
    }
    if (id.length < SHINGLE_LENGTH) {
      bag.put(new Shingle(id[0], at(id, 1), at(id, 2), NO_TOKEN), 1);
      return bag;
    }
    for (int i = 0; i + SHINGLE_LENGTH <= id.length; i++) {
      bag.merge(new Shingle(id[i], id[i + 1], id[i + 2], id[i + 3]), 1, Integer::sum);
    }
    return bag;
  }

  private static int at(int[] id, int i) {
    return i < id.length ? id[i] : NO_TOKEN;
  }

  private static int total(Map<Shingle, Integer> bag) {
    int n = 0;
    for (int count : bag.values()) {
      n += count;
    }
    return n;
  }
}
