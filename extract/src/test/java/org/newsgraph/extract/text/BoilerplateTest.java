package org.newsgraph.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class BoilerplateTest {

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/text/interface-lines.csv")
  void tellsInterfaceTextByPhraseAndShape(String line, String reason) {
    assertThat(Boilerplate.reason(LineFeatures.of(line)).orElse("")).isEqualTo(reason);
  }

  @Test
  void longParagraphsAreNeverInterfaceText() {
    String paragraph =
        "Subscribe to the idea, the minister said, and you will see that the plan to widen the"
            + " roads, build new stations and add hundreds of buses over the next ten years is the"
            + " only way to keep the city moving as its population grows.";
    assertThat(Boilerplate.reason(LineFeatures.of(paragraph))).isEmpty();
  }
}
