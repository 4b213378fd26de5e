package org.newsgraph.extract.meta;

import java.util.ArrayList;
import java.util.List;

/**
 * Several lists of lower-case ASCII words in one table, so that one scan of a string tells which
 * lists have a word in it. Name patterns use it to skip their expressions on names that cannot
 * match, and the page walk to learn in one scan which patterns each element's names may match.
 */
final class NameWords {

  private final String[][] wordsByFirstChar = new String[0x80][];
  private final int[][] bitsByFirstChar = new int[0x80][];

  /** A table of {@code lists}, at most 32; the words of list {@code i} carry bit {@code i}. */
  NameWords(List<List<String>> lists) {
    if (lists.size() > Integer.SIZE) {
      throw new IllegalArgumentException("more than 32 word lists: " + lists.size());
    }
    List<List<String>> words = new ArrayList<>();
    List<List<Integer>> bits = new ArrayList<>();
    for (int c = 0; c < wordsByFirstChar.length; c++) {
      words.add(new ArrayList<>());
      bits.add(new ArrayList<>());
    }
    for (int i = 0; i < lists.size(); i++) {
      for (String word : lists.get(i)) {
        if (word.isEmpty() || !word.chars().allMatch(c -> c < 0x80)) {
          throw new IllegalArgumentException("not an ASCII word: '" + word + "'");
        }
        words.get(word.charAt(0)).add(word);
        bits.get(word.charAt(0)).add(1 << i);
      }
    }
    for (int c = 0; c < wordsByFirstChar.length; c++) {
      wordsByFirstChar[c] = words.get(c).toArray(String[]::new);
      bitsByFirstChar[c] = bits.get(c).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** The bits of the lists that have a word somewhere in {@code text}. */
  int scan(String text) {
    int found = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        String[] words = wordsByFirstChar[c];
        for (int k = 0; k < words.length; k++) {
          if (text.startsWith(words[k], i)) {
            found |= bitsByFirstChar[c][k];
          }
        }
      }
    }
    return found;
  }
}
