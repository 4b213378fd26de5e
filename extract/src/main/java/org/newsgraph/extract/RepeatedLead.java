package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops a standfirst that repeats the lead: when a paragraph near the top is contained in the one
 * that follows it (after the dateline is set aside), only the fuller one is kept.
 */
final class RepeatedLead {

  private RepeatedLead() {}

  static List<String> remove(List<String> paragraphs) {
    List<String> kept = new ArrayList<>(paragraphs);
    for (int i = 0; i + 1 < kept.size() && i < 4; i++) {
      String first = normalise(kept.get(i));
      String next = normalise(Datelines.strip(kept.get(i + 1)));
      if (first.length() >= 40 && next.startsWith(first)) {
        kept.remove(i);
        i--;
      }
    }
    return kept;
  }

  private static String normalise(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
