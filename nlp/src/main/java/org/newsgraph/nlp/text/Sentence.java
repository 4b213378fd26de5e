package org.newsgraph.nlp.text;

import java.util.List;

/**
 * One sentence: its tokens and its span of the text.
 *
 * @param index position among the text's sentences, from 0
 */
public record Sentence(int index, int start, int end, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("a sentence has at least one token");
    }
  }

  /** The index of the first token in the whole text's token list. */
  public int firstToken() {
    return tokens.get(0).index();
  }

  /** The index after the last token in the whole text's token list. */
  public int endToken() {
    return tokens.get(tokens.size() - 1).index() + 1;
  }
}
