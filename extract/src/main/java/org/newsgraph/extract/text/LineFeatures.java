package org.newsgraph.extract.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What can be measured of one candidate paragraph without context.
 *
 * @param text the paragraph, trimmed
 * @param words its words (runs of letters, digits and marks, as {@code \\w+} in Unicode); a run of
 *     Chinese or Japanese characters counts one word per two
 * @param stopWords how many of its words are {@link StopWords function words}
 * @param endsSentence it ends as a sentence does ({@link TextLines#endsSentence})
 * @param innerSentence a sentence ends inside it: a full stop, question or exclamation mark
 *     followed by a space and a capital
 * @param truncated it ends on a word that cannot end a sentence ("to", "at", "the"), as lines do
 *     whose link or address the scraper dropped
 * @param addressesReader it speaks to the reader ("you", "your", "us", "our") outside quotation
 */
record LineFeatures(
    String text,
    int words,
    int stopWords,
    boolean endsSentence,
    boolean innerSentence,
    boolean truncated,
    boolean addressesReader) {

  private static final Pattern INNER_SENTENCE = Pattern.compile("\\p{L}[.!?] +[\\p{Lu}\"\u201C]");
  private static final Set<String> DANGLING =
      Set.of(
          "to", "at", "the", "a", "an", "of", "and", "or", "via", "from", "by", "with", "our",
          "your");
  private static final Pattern READER = Pattern.compile("\\b(?:[Yy]ou(?:rs?|rself)?|us|[Oo]ur)\\b");
  private static final Pattern QUOTE = Pattern.compile("[\"\u201C\u201D\u00AB\u00BB]");

  /** Measures {@code text}, a trimmed candidate paragraph. */
  static LineFeatures of(String text) {
    int words = 0;
    int stop = 0;
    int i = 0;
    while (i < text.length()) {
      if (!isWordChar(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
        continue;
      }
      int start = i;
      int ideographs = 0;
      while (i < text.length() && isWordChar(text.codePointAt(i))) {
        int c = text.codePointAt(i);
        ideographs += isIdeograph(c) ? 1 : 0;
        i += Character.charCount(c);
      }
      words += ideographs == 0 ? 1 : Math.max(1, ideographs / 2);
      if (i - start <= StopWords.LONGEST && StopWords.contains(text.substring(start, i))) {
        stop++;
      }
    }
    boolean ends = TextLines.endsSentence(text);
    boolean inner = text.length() < 2_000 && INNER_SENTENCE.matcher(text).find();
    boolean truncated = !ends && DANGLING.contains(lastWord(text).toLowerCase(Locale.ROOT));
    boolean reader = READER.matcher(text).find() && !QUOTE.matcher(text).find();
    return new LineFeatures(text, words, stop, ends, inner, truncated, reader);
  }

  /** The share of words that are function words; 0 for a line with no words. */
  double stopWordDensity() {
    return words == 0 ? 0 : (double) stopWords / words;
  }

  private static String lastWord(String text) {
    int end = text.length();
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    boolean whole = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
    return whole ? text.substring(start, end) : "";
  }

  /** A character of a {@code \\w+} word in Unicode: a letter, digit, mark or connector. */
  private static boolean isWordChar(int c) {
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.CONNECTOR_PUNCTUATION
        || type == Character.LETTER_NUMBER;
  }

  private static boolean isIdeograph(int c) {
    if (c < 0x2E80) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }
}
