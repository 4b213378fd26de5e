package org.newsgraph.extract.charset;

/**
 * Scores how much a decoded text looks like real writing. Frequent CJK characters, kana,
 * lower-case Cyrillic words and accented Latin letters inside words score. Replacement
 * characters, control codes, half-width katakana, lone ideographs amid Latin letters, runs of
 * accented letters with no plain letters around them (a wrong single-byte decoding) and UTF-8
 * read as windows-1252 ({@code Ã©}, {@code â€™}) cost. Only non-ASCII characters are scored.
 */
final class Plausibility {

  private static final String COMMON_SYMBOLS = "\u00a0©®°«»·£€×½¼¾§±¿¡¢¥";

  /** What windows-1252 makes of the bytes 0x80 to 0x9F: UTF-8 continuation bytes. */
  private static final String WINDOWS_1252_C1 = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

  private Plausibility() {}

  /** The score of {@code text}; higher is more plausible, and comparable across decodings. */
  static int score(String text) {
    int score = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        continue;
      }
      char prev = i > 0 ? text.charAt(i - 1) : ' ';
      char next = i + 1 < length ? text.charAt(i + 1) : ' ';
      score += score(c, prev, next);
    }
    return score;
  }

  private static int score(char c, char prev, char next) {
    if (c == '\ufffd' || c <= 0x9f) {
      return -20;
    }
    if (c >= 0xe000 && c <= 0xf8ff) {
      return -10;
    }
    if (c >= 0xff61 && c <= 0xff9f) {
      return -6;
    }
    if (c >= 0x3041 && c <= 0x309f) {
      return 4;
    }
    if (c >= 0x30a1 && c <= 0x30ff) {
      return 2;
    }
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3)) {
      if (prev < 0x2e80 && next < 0x2e80) {
        return -4;
      }
      return CommonCharacters.isCommon(c) ? 6 : 0;
    }
    if (c >= 0x0400 && c <= 0x04ff) {
      return cyrillic(c, prev, next);
    }
    if (c >= 0x00c2 && c <= 0x00f4 && isContinuationLike(next)) {
      return -6;
    }
    if (c >= 0x00c0 && c <= 0x017f && Character.isLetter(c)) {
      return latin(prev, next);
    }
    if (c >= 0x2013 && c <= 0x2026) {
      return 1;
    }
    if (c <= 0x00bf) {
      return COMMON_SYMBOLS.indexOf(c) >= 0 ? 0 : -4;
    }
    return 0;
  }

  private static int cyrillic(char c, char prev, char next) {
    if (isAsciiLetter(prev) || isAsciiLetter(next)) {
      return -2;
    }
    if (Character.isLowerCase(c)) {
      return 2;
    }
    return Character.isLowerCase(prev) ? -2 : 0;
  }

  private static int latin(char prev, char next) {
    if (isAsciiLetter(prev) || isAsciiLetter(next)) {
      return 2;
    }
    return isOtherLetter(prev) && isOtherLetter(next) ? -2 : 0;
  }

  /** Whether {@code c} is what windows-1252 makes of a byte from 0x80 to 0xBF. */
  private static boolean isContinuationLike(char c) {
    return (c >= 0x00a0 && c <= 0x00bf) || WINDOWS_1252_C1.indexOf(c) >= 0;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isOtherLetter(char c) {
    return c >= 0x80 && Character.isLetter(c);
  }
}
