package org.newsgraph.extract.charset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Guesses the charset of bytes that are not clean UTF-8: UTF-8 with stray windows-1252 bytes, or
 * one of the common legacy charsets. It decodes one bounded sample, starting just before the
 * first non-ASCII byte, with each candidate and keeps the decoding that reads most like real text;
 * windows-1252 wins ties and hopeless cases.
 */
final class CharsetDetector {

  /** At most this many bytes are decoded per candidate. */
  static final int SAMPLE_BYTES = 32 * 1024;

  /** ASCII bytes kept before the first non-ASCII byte, so that it is seen in its word. */
  private static final int CONTEXT_BYTES = 16;

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final List<Charset> LEGACY =
      supported(
          "windows-1252",
          "windows-1251",
          "KOI8-R",
          "Shift_JIS",
          "EUC-JP",
          "GB18030",
          "Big5",
          "EUC-KR");

  /**
   * A guess.
   *
   * @param charset     the charset to decode with
   * @param strayBytes  whether the bytes are UTF-8 whose invalid bytes are to be read as
   *                    windows-1252
   */
  record Guess(Charset charset, boolean strayBytes) {}

  private CharsetDetector() {}

  /** The most plausible reading of {@code bytes}, which {@code scan} describes. */
  static Guess guess(byte[] bytes, Utf8Scan scan) {
    int start = 0;
    while (start < bytes.length && bytes[start] >= 0) {
      start++;
    }
    if (start == bytes.length) {
      return new Guess(WINDOWS_1252, false);
    }
    start = Math.max(0, start - CONTEXT_BYTES);
    int end = Math.min(bytes.length, start + SAMPLE_BYTES);
    Guess best = new Guess(WINDOWS_1252, false);
    int bestScore = 0;
    if (scan.sequences() > 0) {
      best = new Guess(StandardCharsets.UTF_8, true);
      bestScore = Math.max(1, Plausibility.score(Utf8.decodeLeniently(bytes, start, end)));
    }
    for (Charset candidate : LEGACY) {
      int score = Plausibility.score(new String(bytes, start, end - start, candidate));
      if (score > bestScore) {
        best = new Guess(candidate, false);
        bestScore = score;
      }
    }
    return best;
  }

  private static List<Charset> supported(String... names) {
    List<Charset> charsets = new ArrayList<>();
    for (String name : names) {
      if (Charset.isSupported(name)) {
        charsets.add(Charset.forName(name));
      }
    }
    return List.copyOf(charsets);
  }
}
