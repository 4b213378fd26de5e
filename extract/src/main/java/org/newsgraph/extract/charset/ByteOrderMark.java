package org.newsgraph.extract.charset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A byte order mark at the start of a page: the charset it names and its length in bytes. */
record ByteOrderMark(Charset charset, int length) {

  /** The byte order mark {@code bytes} start with, if any (UTF-8, UTF-16LE or UTF-16BE). */
  static Optional<ByteOrderMark> of(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return Optional.of(new ByteOrderMark(StandardCharsets.UTF_8, 3));
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return Optional.of(new ByteOrderMark(StandardCharsets.UTF_16LE, 2));
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return Optional.of(new ByteOrderMark(StandardCharsets.UTF_16BE, 2));
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
}
