package org.newsgraph.extract.charset;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** UTF-8 byte sequences: which are well-formed, and a decoder that never gives mojibake. */
final class Utf8 {

  private static final char[] WINDOWS_1252_HIGH = windows1252High();

  /** Eight bytes at a time, to pass over ASCII quickly. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long HIGH_BITS = 0x8080808080808080L;

  /** Text with at most one byte in this many beyond ASCII counts as mostly ASCII. */
  private static final int SPARSE = 64;

  /** ASCII runs shorter than this are appended a character at a time, longer ones in bulk. */
  private static final int BULK_RUN = 16;

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
   * Decodes well-formed UTF-8 from {@code from} to the end, of which {@code highBytes} bytes are
   * not ASCII. Text that is mostly ASCII, but not all, goes through {@link #decodeLeniently},
   * which copies ASCII runs in bulk and so takes about half the time of the JDK's decoder (whole
   * pages, measured); denser text goes through the JDK's, which is faster per character.
   */
  static String decodeWellFormed(byte[] bytes, int from, int highBytes) {
    int length = bytes.length - from;
    if (highBytes > 0 && highBytes <= length / SPARSE) {
      return decodeLeniently(bytes, from, bytes.length);
    }
    return new String(bytes, from, length, StandardCharsets.UTF_8);
  }

  /**
   * Decodes {@code bytes} from {@code from} to {@code to} as UTF-8, reading each byte that fits
   * no UTF-8 sequence as windows-1252, the charset stray bytes in UTF-8 pages nearly always come
   * from. Well-formed UTF-8 comes out as any UTF-8 decoder gives it.
   */
  static String decodeLeniently(byte[] bytes, int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    int i = from;
    while (i < to) {
      int start = i;
      i = asciiEnd(bytes, i, to);
      appendAscii(out, bytes, start, i);
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
        out.appendCodePoint(codePoint(bytes, i, length));
        i += length;
      }
    }
    return out.toString();
  }

  /** The index of the first byte at or after {@code i} and before {@code to} that is not ASCII. */
  static int asciiEnd(byte[] bytes, int i, int to) {
    while (i + Long.BYTES <= to && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
      i += Long.BYTES;
    }
    while (i < to && bytes[i] >= 0) {
      i++;
    }
    return i;
  }

  private static void appendAscii(StringBuilder out, byte[] bytes, int from, int to) {
    if (to - from >= BULK_RUN) {
      out.append(new String(bytes, from, to - from, StandardCharsets.ISO_8859_1));
      return;
    }
    for (int i = from; i < to; i++) {
      out.append((char) bytes[i]);
    }
  }

  /** The code point of the well-formed sequence of {@code length} bytes at {@code i}. */
  private static int codePoint(byte[] b, int i, int length) {
    return switch (length) {
      case 2 -> (b[i] & 0x1F) << 6 | b[i + 1] & 0x3F;
      case 3 -> (b[i] & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F;
      default ->
          (b[i] & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | b[i + 3] & 0x3F;
    };
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
