package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotationMarksTest {

  @Test
  void closedQuotationsAreBalanced() {
    assertThat(QuotationMarks.unclosed("\u201cYes,\u201d she said. \"No,\" he said.")).isEmpty();
  }

  @Test
  void aQuotationContinuedInTheNextParagraphIsNotUnclosed() {
    String text = "\u201cWe came to talk.\n\n\u201cAnd we will talk again,\u201d he said.";
    assertThat(QuotationMarks.unclosed(text)).isEmpty();
  }

  @Test
  void aQuotationLeftOpenIsFoundAtItsOpeningMark() {
    String text = "He said \u201cwe will see.\n\nThe vote is on Friday.";
    assertThat(QuotationMarks.unclosed(text)).containsExactly(8);
  }

  @Test
  void anOddStraightMarkAtTheEndOfTheTextIsUnclosed() {
    String text = "Talks \"went well\". She added: \"we will return";
    assertThat(QuotationMarks.unclosed(text)).containsExactly(text.lastIndexOf('"'));
  }
}
