package org.newsgraph.nlp.event.eval;

import java.util.List;
import java.util.Set;

/**
 * One ECB+ document: its text rebuilt from the tokens (words joined by spaces, sentences by blank
 * lines), its markables as character spans of that text, and the sentences fully annotated.
 *
 * @param name      the file name without {@code .xml}, e.g. {@code 2_1ecb}
 * @param text      the rebuilt text
 * @param sentences each sentence's span, by sentence number
 * @param annotated the numbers of the sentences the release lists as fully annotated
 */
public record EcbDocument(
    String name, String text, List<Span> sentences, List<Markable> markables, Set<Integer> annotated) {

  /** Half-open character offsets into {@link #text}. */
  public record Span(int start, int end) {
    boolean overlaps(int otherStart, int otherEnd) {
      return start < otherEnd && otherStart < end;
    }
  }

  /**
   * An annotated mention: its class ({@code ACTION}, {@code TIME}, {@code LOC}, {@code HUMAN} or
   * {@code OTHER}), its tag ({@code ACTION_OCCURRENCE}, ...), its sentence and its words.
   */
  public record Markable(String kind, String tag, int sentence, Span span) {}

  public EcbDocument {
    sentences = List.copyOf(sentences);
    markables = List.copyOf(markables);
    annotated = Set.copyOf(annotated);
  }

  /** The number of the sentence that holds {@code offset}, or -1. */
  public int sentenceAt(int offset) {
    for (int i = 0; i < sentences.size(); i++) {
      Span s = sentences.get(i);
      if (s != null && s.start() <= offset && offset < s.end()) {
        return i;
      }
    }
    return -1;
  }
}
