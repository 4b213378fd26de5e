package org.newsgraph.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.lang.LetterRuns;

/**
 * Drops text a page prints twice. At the top: a paragraph that repeats the headline, and a
 * standfirst or summary that repeats the lead, is a prefix of it, or nearly the same words. Of the
 * two, the lead that carries the dateline stays, else the longer one. Anywhere: a later exact copy
 * of a paragraph of at least {@value #MIN_DUPLICATE_WORDS} words.
 */
final class RepeatedLead {

  /** How many paragraphs at the top may repeat one another. */
  static final int TOP = 4;

  /** Shorter paragraphs may repeat legitimately ("Yes.", "No comment."). */
  static final int MIN_DUPLICATE_WORDS = 4;

  /** A prefix this short may be a coincidence (two paragraphs that open "The company said"). */
  static final int MIN_PREFIX_WORDS = 6;

  /** Two paragraphs of at least this many words that share this share of words are the same. */
  static final int MIN_NEAR_WORDS = 10;

  static final double NEAR_DUPLICATE = 0.85;

  /** No character between a space and this one is whitespace. */
  private static final char FIRST_WIDE_SPACE = '\u1680';

  private RepeatedLead() {}

  /** {@code paragraphs} without repeats; {@code title} is the headline, or {@code null}. */
  static List<String> remove(String title, List<String> paragraphs) {
    List<String> kept = withoutCopies(paragraphs);
    Map<String, List<String>> wordsOf = new IdentityHashMap<>();
    List<String> titleWords = title == null ? List.of() : words(title);
    for (int i = 0; i < Math.min(kept.size(), 2); i++) {
      if (!titleWords.isEmpty()
          && wordsOf.computeIfAbsent(kept.get(i), RepeatedLead::words).equals(titleWords)) {
        kept.remove(i--);
      }
    }
    List<Top> top = new ArrayList<>();
    for (String paragraph : kept.subList(0, Math.min(kept.size(), TOP))) {
      top.add(Top.of(paragraph, wordsOf));
    }
    boolean dropped = true;
    while (dropped) {
      dropped = false;
      for (int i = 0; i < top.size() && !dropped; i++) {
        for (int j = i + 1; j < top.size() && !dropped; j++) {
          int drop = repeatToDrop(top.get(i), top.get(j), i, j);
          if (drop >= 0) {
            top.remove(drop);
            kept.remove(drop);
            dropped = true;
          }
        }
      }
    }
    return kept;
  }

  /** A paragraph near the top: whether it opens with a dateline, and its words after it. */
  private record Top(boolean dated, List<String> words) {
    /**
     * Matches the dateline once: stripping it shortens the paragraph only when there is one. The
     * words of an undated paragraph come from {@code wordsOf} when the headline check read them.
     */
    static Top of(String paragraph, Map<String, List<String>> wordsOf) {
      String rest = Datelines.strip(paragraph);
      if (rest.length() < paragraph.length()) {
        return new Top(true, RepeatedLead.words(rest));
      }
      return new Top(false, wordsOf.computeIfAbsent(paragraph, RepeatedLead::words));
    }
  }

  private static List<String> withoutCopies(List<String> paragraphs) {
    List<String> kept = new ArrayList<>(paragraphs.size());
    Set<String> seen = new HashSet<>();
    for (String paragraph : paragraphs) {
      String key = collapseSpaces(paragraph);
      if (seen.add(key) || !Words.atLeast(key, MIN_DUPLICATE_WORDS)) {
        kept.add(paragraph);
      }
    }
    return kept;
  }

  /** {@code text} with each run of spacing as one space, and none at either end. */
  private static String collapseSpaces(String text) {
    if (isSingleSpaced(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether {@code text} has no spacing but single spaces between other characters. */
  private static boolean isSingleSpaced(String text) {
    boolean afterSpace = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = (c <= ' ' || c >= FIRST_WIDE_SPACE) && Character.isWhitespace(c);
      if (space && (afterSpace || c != ' ')) {
        return false;
      }
      afterSpace = space;
    }
    return !afterSpace || text.isEmpty();
  }

  /** The index of the copy to drop when paragraphs {@code i < j} say the same, else -1. */
  private static int repeatToDrop(Top first, Top second, int i, int j) {
    if (!isRepeat(first.words(), second.words())) {
      return -1;
    }
    if (first.dated() != second.dated()) {
      return first.dated() ? j : i;
    }
    return second.words().size() > first.words().size() ? i : j;
  }

  private static boolean isRepeat(List<String> a, List<String> b) {
    List<String> shorter = a.size() <= b.size() ? a : b;
    List<String> longer = a.size() <= b.size() ? b : a;
    if (shorter.size() >= MIN_PREFIX_WORDS && longer.subList(0, shorter.size()).equals(shorter)) {
      return true;
    }
    boolean comparable = 2.0 * shorter.size() / (a.size() + b.size()) >= NEAR_DUPLICATE;
    return shorter.size() >= MIN_NEAR_WORDS && comparable && overlap(a, b) >= NEAR_DUPLICATE;
  }

  /** The Dice coefficient of two bags of words. */
  private static double overlap(List<String> a, List<String> b) {
    Map<String, Integer> counts = new HashMap<>();
    for (String w : a) {
      counts.merge(w, 1, Integer::sum);
    }
    int common = 0;
    for (String w : b) {
      Integer n = counts.get(w);
      if (n != null && n > 0) {
        common++;
        counts.put(w, n - 1);
      }
    }
    return 2.0 * common / (a.size() + b.size());
  }

  /** Lower-case words, so that quote marks, dashes, spacing and a closing ellipsis do not count. */
  private static List<String> words(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return LetterRuns.lettersAndNumbers(folded);
  }
}
