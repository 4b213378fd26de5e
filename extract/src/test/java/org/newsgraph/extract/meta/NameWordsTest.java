package org.newsgraph.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One scan tells which word lists have a word in a text. */
class NameWordsTest {

  private static final NameWords WORDS =
      new NameWords(List.of(List.of("date", "time"), List.of("byline", "author"), List.of("da")));

  @ParameterizedTest
  @CsvSource({
    "'', 0",
    "content, 0",
    "post-date, 5",
    "entry-author, 2",
    "byline timestamp, 3",
    "d-a, 0",
    "dé-date, 5",
  })
  void bitsOfTheListsWithAWord(String text, int bits) {
    assertThat(WORDS.scan(text)).isEqualTo(bits);
  }

  @Test
  void wordsMustBeAscii() {
    assertThatThrownBy(() -> new NameWords(List.of(List.of("été"))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
