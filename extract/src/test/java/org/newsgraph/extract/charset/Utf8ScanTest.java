package org.newsgraph.extract.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The scan agrees with a strict UTF-8 decoder, wherever in a page the non-ASCII bytes are. */
class Utf8ScanTest {

  @Property(tries = 1000)
  void validExactlyWhenAStrictDecoderAccepts(@ForAll("mostlyAscii") byte[] bytes) {
    assertThat(Utf8Scan.of(bytes, 0).isValid()).isEqualTo(strictlyUtf8(bytes));
  }

  @Property(tries = 300)
  void countsEveryHighByte(@ForAll("mostlyAscii") byte[] bytes) {
    int high = 0;
    for (byte b : bytes) {
      high += b < 0 ? 1 : 0;
    }

    assertThat(Utf8Scan.of(bytes, 0).highBytes()).isEqualTo(high);
  }

  @Test
  void findsAStrayByteAfterLongAsciiRuns() {
    for (int at = 0; at < 40; at++) {
      byte[] bytes = "a".repeat(40).getBytes(StandardCharsets.US_ASCII);
      bytes[at] = (byte) 0xE9;

      Utf8Scan scan = Utf8Scan.of(bytes, 0);

      assertThat(scan.invalidBytes()).as("stray byte at %d", at).isEqualTo(1);
      assertThat(scan.highBytes()).isEqualTo(1);
    }
  }

  @Test
  void countsSequencesAcrossEightByteBoundaries() {
    byte[] bytes = ("abcdefg" + "é" + "abcdef" + "€" + "😀").getBytes(StandardCharsets.UTF_8);

    assertThat(Utf8Scan.of(bytes, 0)).isEqualTo(new Utf8Scan(9, 3, 0));
  }

  /** Byte arrays of ASCII runs with the odd high byte or UTF-8 sequence between them. */
  @Provide
  Arbitrary<byte[]> mostlyAscii() {
    Arbitrary<byte[]> ascii =
        Arbitraries.strings().ascii().ofMaxLength(20).map(Utf8ScanTest::utf8);
    Arbitrary<byte[]> utf8 =
        Arbitraries.strings().ofMinLength(1).ofMaxLength(2).map(Utf8ScanTest::utf8);
    Arbitrary<byte[]> high =
        Arbitraries.bytes()
            .between((byte) 0x80, (byte) 0xFF)
            .array(byte[].class)
            .ofMinSize(1)
            .ofMaxSize(3);
    return Arbitraries.oneOf(ascii, ascii, utf8, high)
        .list()
        .ofMaxSize(8)
        .map(
            parts -> {
              ByteBuffer out = ByteBuffer.allocate(parts.stream().mapToInt(p -> p.length).sum());
              parts.forEach(out::put);
              return out.array();
            });
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static boolean strictlyUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
