package org.newsgraph.extract.charset;

/**
 * What one pass over a page's bytes says about UTF-8: how many bytes are not ASCII, how many
 * well-formed multi-byte sequences there are, and how many bytes fit no sequence.
 *
 * @param highBytes    bytes at or above {@code 0x80}
 * @param sequences    well-formed UTF-8 sequences of two to four bytes
 * @param invalidBytes bytes that are not part of a well-formed sequence
 */
record Utf8Scan(int highBytes, int sequences, int invalidBytes) {

  /** Scans {@code bytes} from {@code offset} to the end. */
  static Utf8Scan of(byte[] bytes, int offset) {
    int high = 0;
    int sequences = 0;
    int invalid = 0;
    int end = bytes.length;
    for (int i = Utf8.asciiEnd(bytes, offset, end); i < end; i = Utf8.asciiEnd(bytes, i, end)) {
      int length = Utf8.sequenceLength(bytes, i);
      if (length == 0) {
        high++;
        invalid++;
        i++;
      } else {
        high += length;
        sequences++;
        i += length;
      }
    }
    return new Utf8Scan(high, sequences, invalid);
  }

  /** Whether the bytes are well-formed UTF-8 (pure ASCII included). */
  boolean isValid() {
    return invalidBytes == 0;
  }

  /**
   * Whether the bytes are clearly UTF-8 with a few stray bytes: multi-byte sequences so outnumber
   * invalid bytes that the page was written in UTF-8 and the rest crept in from elsewhere.
   */
  boolean isClearlyUtf8() {
    return sequences > 0 && sequences >= invalidBytes * 8;
  }
}
