package org.newsgraph.extract.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What can be measured of one candidate paragraph without context.
 *
 * @param text          the paragraph, trimmed
 * @param words         its words; a run of Chinese or Japanese characters counts one word per two
 * @param stopWords     how many of its words are {@link StopWords function words}
 * @param endsSentence  it ends as a sentence does ({@link TextLines#endsSentence})
 * @param innerSentence a sentence ends inside it: a full stop, question or exclamation mark
 *                      followed by a space and a capital
 * @param truncated     it ends on a word that cannot end a sentence ("to", "at", "the"), as lines
 *                      do whose link or address the scraper dropped
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

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern INNER_SENTENCE = Pattern.compile("\\p{L}[.!?] +[\\p{Lu}\"\u201C]");
  private static final Set<String> DANGLING =
      Set.of("to", "at", "the", "a", "an", "of", "and", "or", "via", "from", "by", "with", "our",
          "your");
  private static final Pattern READER = Pattern.compile("\\b(?:[Yy]ou(?:rs?|rself)?|us|[Oo]ur)\\b");
  private static final Pattern QUOTE = Pattern.compile("[\"\u201C\u201D\u00AB\u00BB]");

  /** Measures {@code text}, a trimmed candidate paragraph. */
  static LineFeatures of(String text) {
    int words = 0;
    int stop = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String word = m.group();
      int ideographs = ideographs(word);
      words += ideographs == 0 ? 1 : Math.max(1, ideographs / 2);
      if (StopWords.contains(word)) {
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

  private static int ideographs(String word) {
    int n = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < '\u2E80') {
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script == Character.UnicodeScript.HAN
          || script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA) {
        n++;
      }
    }
    return n;
  }
}
