package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class DatelinesTest {

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "datelines.csv")
  void findsThePlaceOfTheDatelineOnly(String paragraph, String place) {
    assertThat(Datelines.find(paragraph).orElse("")).isEqualTo(place);
  }

  @Test
  void stripsTheDatelineAndItsSeparator() {
    assertThat(Datelines.strip("TOKYO (Reuters) - Japan's exports fell."))
        .isEqualTo("Japan's exports fell.");
    assertThat(Datelines.strip("[TOKYO] When the talks began.")).isEqualTo("When the talks began.");
    assertThat(Datelines.strip("NATO said so.")).isEqualTo("NATO said so.");
  }

  @Test
  void aHugeParagraphIsReadQuickly() {
    String paragraph = "A".repeat(2_000_000) + " - " + "word ".repeat(100_000);
    assertThat(Datelines.find(paragraph)).isEmpty();
  }
}
