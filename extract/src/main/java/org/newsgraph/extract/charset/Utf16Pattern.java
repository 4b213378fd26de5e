package org.newsgraph.extract.charset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Recognises UTF-16 text without a byte order mark by the zero bytes of its ASCII characters. */
final class Utf16Pattern {

  private static final int SAMPLE_BYTES = 1024;

  private Utf16Pattern() {}

  /** UTF-16BE or UTF-16LE when the first bytes have zeros in every other position. */
  static Optional<Charset> of(byte[] bytes) {
    int pairs = Math.min(bytes.length, SAMPLE_BYTES) / 2;
    if (pairs < 4) {
      return Optional.empty();
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < pairs; i++) {
      evenZeros += bytes[2 * i] == 0 ? 1 : 0;
      oddZeros += bytes[2 * i + 1] == 0 ? 1 : 0;
    }
    if (evenZeros * 10 >= pairs * 3 && oddZeros * 20 < pairs) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (oddZeros * 10 >= pairs * 3 && evenZeros * 20 < pairs) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }
}
