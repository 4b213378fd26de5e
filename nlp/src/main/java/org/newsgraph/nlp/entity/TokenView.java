package org.newsgraph.nlp.entity;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.nlp.text.Sentence;
import org.newsgraph.nlp.text.TextAnalysis;
import org.newsgraph.nlp.text.Token;

/**
 * The questions the entity readers ask of an analysed text's tokens: their text, shape,
 * sentence, whether they stand inside quotation marks. Built once per text in one linear pass.
 */
final class TokenView {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final TextAnalysis analysis;
  private final List<Token> tokens;
  private final int[] sentenceOf;
  private final boolean[] quoted;
  private final boolean[] shouting;
  private final String[] lower;
  private final boolean[] paragraphStart;

  TokenView(TextAnalysis analysis) {
    this.analysis = analysis;
    this.tokens = analysis.tokens();
    int n = tokens.size();
    this.sentenceOf = new int[n];
    this.quoted = new boolean[n];
    this.shouting = new boolean[analysis.sentences().size()];
    this.lower = new String[n];
    this.paragraphStart = new boolean[n];
    boolean open = false;
    int previousEnd = 0;
    for (Sentence s : analysis.sentences()) {
      int letters = 0;
      int upper = 0;
      boolean longCapitals = false;
      if (analysis.text().substring(previousEnd, s.start()).contains("\n\n") || s.index() == 0) {
        open = false;
        paragraphStart[s.firstToken()] = true;
      }
      previousEnd = s.end();
      for (Token t : s.tokens()) {
        sentenceOf[t.index()] = s.index();
        lower[t.index()] = t.text().toLowerCase(Locale.ROOT);
        if (t.pos().equals("``")) {
          open = true;
        } else if (t.pos().equals("''")) {
          open = false;
        } else {
          quoted[t.index()] = open;
        }
        if (Character.isLetter(t.text().charAt(0))) {
          letters++;
          if (t.text().equals(t.text().toUpperCase(Locale.ROOT))) {
            upper++;
            longCapitals |= t.text().length() >= 3;
          }
        }
      }
      shouting[s.index()] = longCapitals && upper * 10 >= letters * 8;
    }
  }

  /** The number of tokens. */
  int size() {
    return tokens.size();
  }

  /** The token at {@code i}. */
  Token token(int i) {
    return tokens.get(i);
  }

  /** The token's text at {@code i}. */
  String word(int i) {
    return tokens.get(i).text();
  }

  /** The lower-case text at {@code i}. */
  String lower(int i) {
    return lower[i];
  }

  /** The part of speech at {@code i}. */
  String pos(int i) {
    return tokens.get(i).pos();
  }

  /** The index of the sentence that holds token {@code i}. */
  int sentence(int i) {
    return sentenceOf[i];
  }

  /** The first token of the sentence that holds token {@code i}. */
  int sentenceStart(int i) {
    return analysis.sentences().get(sentenceOf[i]).firstToken();
  }

  /** The index after the last token of the sentence that holds token {@code i}. */
  int sentenceEnd(int i) {
    return analysis.sentences().get(sentenceOf[i]).endToken();
  }

  /**
   * Whether token {@code i} stands inside quotation marks; a quotation may run over several
   * sentences, but not past the end of a paragraph (a blank line).
   */
  boolean quoted(int i) {
    return quoted[i];
  }

  /** Whether the sentence of token {@code i} is written in capitals, like a headline. */
  boolean shouting(int i) {
    return shouting[sentenceOf[i]];
  }

  /** Whether token {@code i} opens a paragraph (the text, or after a blank line). */
  boolean paragraphStart(int i) {
    return paragraphStart[i];
  }

  /** Whether token {@code i} begins with a capital letter. */
  boolean capitalized(int i) {
    String w = word(i);
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  /** Whether token {@code i} is a proper noun. */
  boolean properNoun(int i) {
    return tokens.get(i).isProperNoun();
  }

  /** Whether token {@code i} has a letter or digit in it. */
  boolean wordLike(int i) {
    String w = word(i);
    for (int k = 0; k < w.length(); k++) {
      if (Character.isLetterOrDigit(w.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code i} touches the token before it, with no space between. */
  boolean attachedToPrevious(int i) {
    return i > 0 && tokens.get(i - 1).end() == tokens.get(i).start();
  }

  /** Whether token {@code i} is a hyphen written between two words with no spaces ("US-Japan"). */
  boolean joiningHyphen(int i) {
    String w = word(i);
    return (w.equals("-") || w.equals("\u2013"))
        && i + 1 < tokens.size()
        && attachedToPrevious(i)
        && attachedToPrevious(i + 1)
        && sentenceOf[i + 1] == sentenceOf[i];
  }

  /** The character offset where token {@code i} starts. */
  int start(int i) {
    return tokens.get(i).start();
  }

  /** The character offset where token {@code i} ends. */
  int end(int i) {
    return tokens.get(i).end();
  }

  /** The text of tokens {@code [from, to)} exactly as written. */
  String text(int from, int to) {
    return analysis.text().substring(start(from), end(to - 1));
  }

  /** The text of tokens {@code [from, to)} with each run of white space made one space. */
  String phrase(int from, int to) {
    String raw = text(from, to);
    for (int k = 0; k < raw.length(); k++) {
      char c = raw.charAt(k);
      if (Character.isWhitespace(c) && (c != ' ' || k + 1 < raw.length() && raw.charAt(k + 1) == ' ')) {
        return SPACES.matcher(raw).replaceAll(" ");
      }
    }
    return raw;
  }

  /** The lower-case phrase of tokens {@code [from, to)}: the key names are compared by. */
  String key(int from, int to) {
    return phrase(from, to).toLowerCase(Locale.ROOT);
  }
}
