package org.newsgraph.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextBlocksTest {

  @Test
  void blankLinesAndLineBreaksSeparateParagraphs() {
    assertThat(TextBlocks.split("One line.\nAnother line.\n\n\u00A0\n\nA third.\r\nA fourth."))
        .containsExactly("One line.", "Another line.", "A third.", "A fourth.");
  }

  @Test
  void hardWrappedLinesAreJoinedWithOneSpace() {
    String wrapped =
        "Wheat prices in Europe rose to their highest level in six years on\n"
            + "Tuesday as a dry summer cut harvest forecasts across the continent,\n"
            + "traders said.\n"
            + "  Farm groups said yields were down by a fifth on last year, and\n"
            + "warned that livestock farmers would struggle to buy feed this winter.\n"
            + "- Feed prices are up.\n";
    assertThat(TextBlocks.split(wrapped))
        .containsExactly(
            "Wheat prices in Europe rose to their highest level in six years on Tuesday as a dry"
                + " summer cut harvest forecasts across the continent, traders said.",
            "Farm groups said yields were down by a fifth on last year, and warned that livestock"
                + " farmers would struggle to buy feed this winter.",
            "- Feed prices are up.");
  }

  @Test
  void shortLinesOfSimilarLengthStaySeparate() {
    assertThat(
            TextBlocks.split(
                "Skip to main content\nWorld | Business | Markets | Technology\nSign In"))
        .containsExactly(
            "Skip to main content", "World | Business | Markets | Technology", "Sign In");
  }

  @Test
  void aSentenceBrokenBeforeLowerCaseContinues() {
    assertThat(TextBlocks.split("The minister said the plan\nwould go ahead next year."))
        .containsExactly("The minister said the plan would go ahead next year.");
  }

  @Test
  void wordsInsideALineAreKeptAsPrinted() {
    assertThat(TextBlocks.split("  Tabs\tand  double  spaces stay.  \n"))
        .containsExactly("Tabs\tand  double  spaces stay.");
  }
}
