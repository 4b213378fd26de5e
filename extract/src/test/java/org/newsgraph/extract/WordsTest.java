package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''                       | 0",
        "one                      | 1",
        "'Don''t stop, José — 42' | 5",
        "'  …  '                  | 0",
      })
  void countsRunsOfWordCharacters(String text, int words) {
    assertThat(Words.count(text)).isEqualTo(words);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''              | 1 | false",
        "''              | 0 | true",
        "one two three   | 3 | true",
        "one two three   | 4 | false",
        "one, two; three | 2 | true",
      })
  void atLeastAgreesWithTheCount(String text, int n, boolean atLeast) {
    assertThat(Words.atLeast(text, n)).isEqualTo(atLeast);
    assertThat(Words.atLeast(text, n)).isEqualTo(Words.count(text) >= n);
  }
}
