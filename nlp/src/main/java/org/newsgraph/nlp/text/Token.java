package org.newsgraph.nlp.text;

import java.util.Objects;

/**
 * One token of a text.
 *
 * @param index    position in the whole text's token list, from 0
 * @param text     the token exactly as it stands in the text ({@code text.substring(start, end)})
 * @param start    offset of its first character
 * @param end      offset after its last character
 * @param pos      Penn Treebank part-of-speech tag
 * @param lemma    dictionary form, lower case for common words
 * @param nameTag  the name recogniser's class ({@code PERSON}, {@code ORGANIZATION}, {@code
 *                 LOCATION}, {@code MISC}) or {@code O}
 */
public record Token(int index, String text, int start, int end, String pos, String lemma, String nameTag) {
  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(nameTag, "nameTag");
  }

  /** Whether the name recogniser put this token in a name. */
  public boolean isNamed() {
    return !nameTag.equals("O");
  }

  /** Whether this is a verb of any form. */
  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  /** Whether this is a proper noun. */
  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }
}
