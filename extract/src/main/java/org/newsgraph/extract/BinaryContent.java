package org.newsgraph.extract;

import java.util.Optional;

/**
 * Recognises bytes that are not text (images, PDFs, archives) before anyone tries to decode them.
 */
final class BinaryContent {

  private static final int SAMPLE = 4096;

  private BinaryContent() {}

  /**
   * The kind of binary content {@code bytes} hold ("PNG image", "PDF document", ...), or empty when
   * they look like text.
   */
  static Optional<String> sniff(byte[] bytes) {
    Optional<String> magic = magic(bytes);
    if (magic.isPresent()) {
      return magic;
    }
    return looksBinary(bytes) ? Optional.of("binary data") : Optional.empty();
  }

  private static Optional<String> magic(byte[] b) {
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return Optional.of("PNG image");
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("JPEG image");
    }
    if (startsWith(b, 'G', 'I', 'F', '8')) {
      return Optional.of("GIF image");
    }
    if (startsWith(b, 'R', 'I', 'F', 'F') && b.length > 12 && b[8] == 'W' && b[9] == 'E') {
      return Optional.of("WebP image");
    }
    if (startsWith(b, '%', 'P', 'D', 'F')) {
      return Optional.of("PDF document");
    }
    if (startsWith(b, 0x1F, 0x8B)) {
      return Optional.of("gzip archive");
    }
    if (startsWith(b, 'P', 'K', 0x03, 0x04)) {
      return Optional.of("zip archive");
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Text in any charset we decode has no NUL bytes and few control characters, except UTF-16, which
   * starts with a byte order mark or has NULs at every other position.
   */
  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, SAMPLE);
    if (n >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF)) {
      return false;
    }
    int control = 0;
    int nulAtEven = 0;
    int nulAtOdd = 0;
    for (int i = 0; i < n; i++) {
      int c = bytes[i] & 0xFF;
      if (c == 0) {
        if (i % 2 == 0) {
          nulAtEven++;
        } else {
          nulAtOdd++;
        }
      } else if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) {
        control++;
      }
    }
    boolean utf16 = Math.max(nulAtEven, nulAtOdd) > n / 4 && Math.min(nulAtEven, nulAtOdd) == 0;
    if (utf16) {
      return false;
    }
    return nulAtEven + nulAtOdd > 0 || control > n / 20;
  }
}
