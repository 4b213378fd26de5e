package org.newsgraph.bench;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes page bytes for the boilerpipe baseline: strict UTF-8, else windows-1252. Our own
 * extractor decodes inside {@code extract}, so the baseline pays for decoding inside its
 * measurement too.
 */
final class BaselineDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private BaselineDecoder() {}

  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, WINDOWS_1252);
    }
  }
}
