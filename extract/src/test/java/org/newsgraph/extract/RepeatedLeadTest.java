package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class RepeatedLeadTest {

  @ParameterizedTest(name = "{1}")
  @CsvFileSource(resources = "repeated-lead.csv")
  void dropsWhatThePagePrintsTwice(String title, String in, String kept) {
    assertThat(RepeatedLead.remove(title, paragraphs(in))).isEqualTo(paragraphs(kept));
  }

  @Test
  void keepsAllParagraphsWhenNothingRepeats() {
    List<String> paragraphs = List.of("One paragraph here.", "Another one here.", "A third.");
    assertThat(RepeatedLead.remove(null, paragraphs)).isEqualTo(paragraphs);
    assertThat(RepeatedLead.remove("A title", List.of())).isEmpty();
  }

  private static List<String> paragraphs(String joined) {
    return Arrays.asList(joined.split(" \\| "));
  }
}
