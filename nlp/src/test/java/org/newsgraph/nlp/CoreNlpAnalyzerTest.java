package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.text.Sentence;
import org.newsgraph.nlp.text.TextAnalysis;
import org.newsgraph.nlp.text.Token;

class CoreNlpAnalyzerTest {

  @Test
  void tokensPointIntoTheTextAndSentencesSplit() {
    String text = "Prime Minister Jacinda Ardern visited Paris on Monday.\n\n“We agree,” she said.";
    TextAnalysis analysis = SharedAnalyzer.get().analyze(text);

    assertThat(analysis.sentences()).hasSizeGreaterThanOrEqualTo(2);
    for (Token token : analysis.tokens()) {
      assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text());
    }
    Sentence first = analysis.sentences().get(0);
    assertThat(text.substring(first.start(), first.end())).startsWith("Prime Minister").endsWith("Monday.");
    assertThat(analysis.tokens()).filteredOn(t -> t.text().equals("Ardern")).first()
        .extracting(Token::nameTag).isEqualTo("PERSON");
    assertThat(analysis.tokens()).filteredOn(t -> t.text().equals("Paris")).first()
        .extracting(Token::nameTag).isEqualTo("LOCATION");
    assertThat(analysis.tokens()).filteredOn(t -> t.text().equals("“")).hasSize(1);
  }
}
