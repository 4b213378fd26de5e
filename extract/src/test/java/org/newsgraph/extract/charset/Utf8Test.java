package org.newsgraph.extract.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Our decoding of well-formed UTF-8 gives the JDK's text, dense or sparse, short runs or long. */
class Utf8Test {

  @Property(tries = 1000)
  void wellFormedTextDecodesAsTheJdkDecodesIt(@ForAll("text") String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int high = Utf8Scan.of(bytes, 0).highBytes();

    assertThat(Utf8.decodeWellFormed(bytes, 0, high)).isEqualTo(text);
    assertThat(Utf8.decodeLeniently(bytes, 0, bytes.length)).isEqualTo(text);
  }

  @Test
  void decodesEverySequenceLengthAfterALongAsciiRun() {
    String text = "a".repeat(700) + "é" + "b".repeat(20) + "€" + "c" + "😀" + "d".repeat(3) + "ÿ";
    byte[] bytes = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);

    assertThat(Utf8.decodeWellFormed(bytes, 3, Utf8Scan.of(bytes, 3).highBytes()))
        .isEqualTo(text);
  }

  @Test
  void readsStrayBytesAsWindows1252AmongLongAsciiRuns() {
    byte[] bytes = ("x".repeat(30) + "\u0000" + "y".repeat(30)).getBytes(StandardCharsets.UTF_8);
    bytes[30] = (byte) 0x93;

    assertThat(Utf8.decodeLeniently(bytes, 0, bytes.length))
        .isEqualTo("x".repeat(30) + "\u201c" + "y".repeat(30));
  }

  /**
   * ASCII runs, some long enough to make the text mostly ASCII, between a few characters from
   * anywhere in Unicode (a lone surrogate, which UTF-8 cannot hold, becomes {@code ?}).
   */
  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> ascii = Arbitraries.strings().ascii().ofMaxLength(40);
    Arbitrary<String> longAscii = Arbitraries.strings().ascii().ofMinLength(100).ofMaxLength(400);
    Arbitrary<String> any =
        Arbitraries.strings()
            .all()
            .ofMinLength(1)
            .ofMaxLength(3)
            .map(s -> new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    Arbitrary<String> pairs =
        Arbitraries.integers()
            .between(0x10000, 0x10FFFF)
            .map(cp -> new String(Character.toChars(cp)));
    return Arbitraries.oneOf(ascii, ascii, longAscii, any, pairs)
        .list()
        .ofMaxSize(12)
        .map(parts -> String.join("", parts));
  }
}
