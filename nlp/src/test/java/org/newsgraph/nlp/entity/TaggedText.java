package org.newsgraph.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.nlp.text.Sentence;
import org.newsgraph.nlp.text.TextAnalysis;
import org.newsgraph.nlp.text.Token;

/**
 * Builds a {@link TextAnalysis} by hand, so that tests can give the name tagger's answers
 * (right or wrong) and check what our logic makes of them. Each sentence is a string of
 * {@code word/POS} or {@code word/POS/TAG} items separated by spaces, where TAG is the tagger's
 * class ({@code P}, {@code O} for organisation, {@code L}, {@code M}; none for no name). An item
 * starting with {@code ~} is written with no space before it ({@code US/NNP/L ~-/HYPH ~Japan/NNP/L}
 * is "US-Japan"). Sentences are joined by one space.
 */
final class TaggedText {

  private TaggedText() {}

  static TextAnalysis of(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> out = new ArrayList<>();
    int index = 0;
    for (String sentence : sentences) {
      List<Token> tokens = new ArrayList<>();
      for (String item : sentence.trim().split(" +")) {
        boolean attached = item.startsWith("~");
        String[] parts = (attached ? item.substring(1) : item).split("/");
        if (text.length() > 0 && !attached) {
          text.append(' ');
        }
        int start = text.length();
        text.append(parts[0]);
        String tag = parts.length > 2 ? tag(parts[2]) : "O";
        tokens.add(new Token(index++, parts[0], start, text.length(), parts[1],
            parts[0].toLowerCase(Locale.ROOT), tag));
      }
      out.add(new Sentence(out.size(), tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens));
    }
    return new TextAnalysis(text.toString(), out);
  }

  private static String tag(String letter) {
    switch (letter) {
      case "P":
        return "PERSON";
      case "O":
        return "ORGANIZATION";
      case "L":
        return "LOCATION";
      case "M":
        return "MISC";
      default:
        throw new IllegalArgumentException("unknown tag " + letter);
    }
  }
}
