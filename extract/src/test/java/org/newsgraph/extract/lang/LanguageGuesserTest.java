package org.newsgraph.extract.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageGuesserTest {

  private final LanguageGuesser guesser = new LanguageGuesser();

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(
      resources = "/lang/paragraphs.csv",
      delimiterString = " => ",
      quoteCharacter = '`')
  void shortParagraphs(String expected, String paragraph) {
    assertThat(guesser.guess(paragraph)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "42", "OK", "Hello", "iPhone 5 · 2012 · USA", "*** --- ***"})
  void tooLittleEvidenceGivesNoAnswer(String text) {
    assertThat(guesser.guess(text)).isEmpty();
  }

  @Test
  void nullGivesNoAnswer() {
    assertThat(guesser.guess(null)).isEmpty();
  }

  @Test
  void onlyTheStartOfALongTextIsRead() {
    String english = "The council said that it would vote on the plan in the spring. ".repeat(100);
    String french = "Le conseil a dit qu'il votera sur le plan au printemps. ".repeat(1000);

    assertThat(guesser.guess(english + french)).contains("en");
  }

  @Test
  void aFewForeignWordsDoNotOutvoteTheText() {
    String text =
        "The minister said the so-called Wirtschaftswunder, a word the Germans use for the "
            + "boom of the fifties, was not coming back, and that the economy would grow slowly.";

    assertThat(guesser.guess(text)).contains("en");
  }
}
