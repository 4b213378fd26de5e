package org.newsgraph.extract.lang;

import java.lang.Character.UnicodeScript;
import java.util.Locale;
import java.util.Optional;

/**
 * Guesses the ISO 639-1 language of a text from a bounded sample of it: the writing system first
 * (CJK, Cyrillic, Arabic, Hebrew, Greek, Thai, Devanagari...), then, for Latin script, the most
 * frequent function words of about twenty languages. Too little text gives no answer rather
 * than a guess. Stateless and thread-safe.
 */
public final class LanguageGuesser {

  /** At most this many characters of the text are looked at. */
  static final int SAMPLE_CHARS = 4000;

  /** Fewer letters than this are too little evidence. */
  static final int MIN_LETTERS = 12;

  /** The language of {@code text}, or empty when it cannot be told. */
  public Optional<String> guess(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    ScriptCounts counts = ScriptCounts.of(sample);
    if (counts.letters() < MIN_LETTERS) {
      return Optional.empty();
    }
    UnicodeScript script = counts.dominant();
    if (script == UnicodeScript.LATIN) {
      return LatinLanguages.guess(LetterRuns.letters(sample.toLowerCase(Locale.ROOT)), sample);
    }
    return ScriptLanguages.guess(script, counts, sample);
  }
}
