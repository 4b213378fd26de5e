package org.newsgraph.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class QuoteMarksTest {

  /** Each row: a text and its quotations' contents, separated by " | ", or empty. */
  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "quote-marks.csv", delimiter = '\t', quoteCharacter = '`',
      nullValues = "")
  void findsTheOutermostQuotations(String text, String expected) {
    String unescaped = text.replace("\\n", "\n");
    List<String> found = QuoteMarks.find(unescaped).stream()
        .map(s -> unescaped.substring(s.contentStart(), s.contentEnd()))
        .toList();

    assertThat(String.join(" | ", found)).isEqualTo(expected == null ? "" : expected);
  }
}
