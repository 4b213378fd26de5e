package org.newsgraph.extract.charset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** UTF-8 byte sequences: which are well-formed, and a decoder that never gives mojibake. */
final class Utf8 {

  private static final char[] WINDOWS_1252_HIGH = windows1252High();

  private Utf8() {}

  /**
   * The length of the well-formed UTF-8 sequence of two to four bytes at {@code i}, or 0 when
   * there is none (Unicode table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF).
   */
  static int sequenceLength(byte[] b, int i) {
    int lead = b[i] & 0xFF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      return continuation(b, i + 1, 0x80, 0xBF) ? 2 : 0;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
      int low = lead == 0xE0 ? 0xA0 : 0x80;
      int high = lead == 0xED ? 0x9F : 0xBF;
      return continuation(b, i + 1, low, high) && continuation(b, i + 2, 0x80, 0xBF) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
      int low = lead == 0xF0 ? 0x90 : 0x80;
      int high = lead == 0xF4 ? 0x8F : 0xBF;
      return continuation(b, i + 1, low, high)
              && continuation(b, i + 2, 0x80, 0xBF)
              && continuation(b, i + 3, 0x80, 0xBF)
          ? 4
          : 0;
    }
    return 0;
  }

  /**
   * Decodes {@code bytes} from {@code from} to {@code to} as UTF-8, reading each byte that fits
   * no UTF-8 sequence as windows-1252, the charset stray bytes in UTF-8 pages nearly always come
   * from.
   */
  static String decodeLeniently(byte[] bytes, int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    int i = from;
    while (i < to) {
      int start = i;
      while (i < to && bytes[i] >= 0) {
        i++;
      }
      if (i > start) {
        out.append(new String(bytes, start, i - start, StandardCharsets.US_ASCII));
      }
      if (i >= to) {
        break;
      }
      int length = sequenceLength(bytes, i);
      if (i + length > to) {
        length = 0;
      }
      if (length == 0) {
        out.append(WINDOWS_1252_HIGH[(bytes[i] & 0xFF) - 0x80]);
        i++;
      } else {
        out.append(new String(bytes, i, length, StandardCharsets.UTF_8));
        i += length;
      }
    }
    return out.toString();
  }

  private static boolean continuation(byte[] b, int i, int low, int high) {
    if (i >= b.length) {
      return false;
    }
    int value = b[i] & 0xFF;
    return value >= low && value <= high;
  }

  private static char[] windows1252High() {
    byte[] high = new byte[128];
    for (int i = 0; i < high.length; i++) {
      high[i] = (byte) (0x80 + i);
    }
    return new String(high, Charset.forName("windows-1252")).toCharArray();
  }
}
