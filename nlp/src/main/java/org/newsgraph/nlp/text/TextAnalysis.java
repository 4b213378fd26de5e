package org.newsgraph.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A text split into sentences and tokens, with tags. Offsets point into {@link #text()}. */
public final class TextAnalysis {

  private final String text;
  private final List<Sentence> sentences;
  private final List<Token> tokens;

  public TextAnalysis(String text, List<Sentence> sentences) {
    this.text = Objects.requireNonNull(text, "text");
    this.sentences = List.copyOf(sentences);
    List<Token> all = new ArrayList<>();
    for (Sentence s : this.sentences) {
      all.addAll(s.tokens());
    }
    this.tokens = List.copyOf(all);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).index() != i) {
        throw new IllegalArgumentException("token " + i + " has index " + tokens.get(i).index());
      }
    }
  }

  /** The analysed text. */
  public String text() {
    return text;
  }

  /** The sentences, in order. */
  public List<Sentence> sentences() {
    return sentences;
  }

  /** Every token of the text, in order; {@code tokens().get(i).index() == i}. */
  public List<Token> tokens() {
    return tokens;
  }

  /** The sentence that holds the character at {@code offset}, or {@code null}. */
  public Sentence sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return s;
      }
    }
    return null;
  }
}
