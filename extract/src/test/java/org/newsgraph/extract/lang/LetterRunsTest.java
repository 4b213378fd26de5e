package org.newsgraph.extract.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Letter runs are what splitting on the regular expressions they replace gives. */
class LetterRunsTest {

  @Test
  void cutsAtEverythingButLettersOrNumbers() {
    assertThat(LetterRuns.letters("Kim's 2nd summit—in Hà Nội!"))
        .containsExactly("Kim", "s", "nd", "summit", "in", "Hà", "Nội");
    assertThat(LetterRuns.lettersAndNumbers("Kim's 2nd summit, ½ way, ٣ days"))
        .containsExactly("Kim", "s", "2nd", "summit", "½", "way", "٣", "days");
  }

  @Test
  void keepsLettersOutsideTheBasicPlane() {
    assertThat(LetterRuns.letters("a\uD801\uDC00b c")).containsExactly("a\uD801\uDC00b", "c");
  }

  @Property
  void lettersAreTheRegexSplit(@ForAll("texts") String text) {
    assertThat(LetterRuns.letters(text)).isEqualTo(split(text, "[^\\p{L}]+"));
  }

  @Property
  void lettersAndNumbersAreTheRegexSplit(@ForAll("texts") String text) {
    assertThat(LetterRuns.lettersAndNumbers(text)).isEqualTo(split(text, "[^\\p{L}\\p{N}]+"));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withChars("ab1 ½-Ωé\u0301٣\uD801\uDC00").ofMaxLength(40));
  }

  private static List<String> split(String text, String regex) {
    return Arrays.stream(text.split(regex)).filter(s -> !s.isEmpty()).toList();
  }
}
