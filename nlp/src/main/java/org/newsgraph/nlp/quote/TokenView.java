package org.newsgraph.nlp.quote;

import java.util.List;
import org.newsgraph.nlp.text.Sentence;
import org.newsgraph.nlp.text.TextAnalysis;
import org.newsgraph.nlp.text.Token;

/**
 * The tokens of one text with what attribution needs to know about each: its clause unit (a
 * sentence, cut again at line breaks), its paragraph (a non-empty line) and the quotation it
 * stands in. Built once per text; read-only afterwards.
 */
final class TokenView {

  final String text;
  final List<Token> tokens;
  final List<QuotedSpan> quotes;
  private final int[] unit;
  private final int[] paragraph;
  private final int[] quote;
  private final int[] unitStart;
  private final int[] unitEnd;

  TokenView(TextAnalysis analysis) {
    this.text = analysis.text();
    this.tokens = analysis.tokens();
    this.quotes = QuoteMarks.find(text);
    int n = tokens.size();
    unit = new int[n];
    paragraph = new int[n];
    quote = new int[n];
    unitStart = new int[n];
    unitEnd = new int[n];
    int line = 0;
    int lineOffset = 0;
    int units = -1;
    int paragraphs = -1;
    int lastLine = -1;
    int q = 0;
    for (Sentence sentence : analysis.sentences()) {
      boolean newSentence = true;
      for (Token token : sentence.tokens()) {
        while (lineOffset < token.start()) {
          if (text.charAt(lineOffset++) == '\n') {
            line++;
          }
        }
        int i = token.index();
        if (line != lastLine) {
          paragraphs++;
        }
        if (newSentence || line != lastLine) {
          units++;
        }
        lastLine = line;
        newSentence = false;
        unit[i] = units;
        paragraph[i] = paragraphs;
        while (q < quotes.size() && quotes.get(q).end() <= token.start()) {
          q++;
        }
        quote[i] = q < quotes.size() && quotes.get(q).covers(token.start()) ? q : -1;
      }
    }
    for (int i = 0; i < n; i++) {
      unitStart[i] = i > 0 && unit[i - 1] == unit[i] ? unitStart[i - 1] : i;
    }
    for (int i = n - 1; i >= 0; i--) {
      unitEnd[i] = i + 1 < n && unit[i + 1] == unit[i] ? unitEnd[i + 1] : i + 1;
    }
  }

  int size() {
    return tokens.size();
  }

  Token token(int i) {
    return tokens.get(i);
  }

  /** The token's word, or "" outside the text. */
  String word(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
  }

  /** The token's lower-case lemma, or "" outside the text. */
  String lemma(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).lemma().toLowerCase(java.util.Locale.ROOT) : "";
  }

  /** The token's part of speech, or "" outside the text. */
  String pos(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).pos() : "";
  }

  int unit(int i) {
    return unit[i];
  }

  int paragraph(int i) {
    return paragraph[i];
  }

  /** The first token of the token's unit. */
  int unitStart(int i) {
    return unitStart[i];
  }

  /** The index after the last token of the token's unit. */
  int unitEnd(int i) {
    return unitEnd[i];
  }

  /** The index of the quotation the token stands in (marks included), or -1. */
  int quoteOf(int i) {
    return i >= 0 && i < quote.length ? quote[i] : -1;
  }

  /** Whether the token is a quotation mark or lies inside a quotation. */
  boolean quoted(int i) {
    return quoteOf(i) >= 0;
  }

  /**
   * Whether the token is a dash that separates phrases (" - ", "—"), not a hyphen inside a word
   * ("six-party"), whatever its tag.
   */
  boolean isDash(int i) {
    String word = word(i);
    if (word.equals("—") || word.equals("--") || word.equals("―")) {
      return true;
    }
    if (!(word.equals("-") || word.equals("–"))) {
      return false;
    }
    Token token = tokens.get(i);
    return token.start() == 0 || token.end() == text.length()
        || Character.isWhitespace(text.charAt(token.start() - 1))
        || Character.isWhitespace(text.charAt(token.end()));
  }

  /** The first token that starts at or after {@code offset}; {@code size()} when none. */
  int tokenFrom(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The index after the last token that ends at or before {@code offset}. */
  int tokenUntil(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The text from the start of token {@code from} to the end of token {@code to - 1}. */
  String span(int from, int to) {
    return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }
}
