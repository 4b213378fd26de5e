package org.newsgraph.nlp.quote.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GumQuoteCorpusTest {

  @Test
  void rebuildsTheTextWithItsQuotationSpans() {
    List<String> lines = List.of(
        "<text id=\"x\">", "<head>", "<s>", "Flood\tNN", "warning\tNN", "</s>", "</head>", "<p>", "<s>",
        "The\tDT", "mayor\tNN", "said\tVVD", ",\t,", "<quote>", "\"\t``", "We\tPP", "are\tVBP",
        "ready\tJJ", ".\tSENT", "\"\t''", "</quote>", "</s>", "<s>", "It\tPP", "was\tVBD", "a\tDT",
        "<q>", "\"\t``", "drill\tNN", "\"\t''", "</q>", ".\tSENT", "</s>", "</p>", "</text>");

    GumQuoteCorpus.Document d = GumQuoteCorpus.parse("x", lines);

    assertThat(d.text()).isEqualTo("Flood warning\n\nThe mayor said, \"We are ready.\" It was a \"drill\".");
    assertThat(d.quotes()).hasSize(1);
    Span q = d.quotes().get(0);
    assertThat(d.text().substring(q.start(), q.end())).isEqualTo("\"We are ready.\"");
    Span scare = d.scareQuotes().get(0);
    assertThat(d.text().substring(scare.start(), scare.end())).isEqualTo("\"drill\"");
  }

  @Test
  void precisionCountsOnlyDocumentsThatMarkQuotations() {
    QuoteSpanTally tally = new QuoteSpanTally();
    tally.add(List.of(new Span(0, 10)), List.of(new Span(20, 25)),
        List.of(new Span(2, 8), new Span(21, 24), new Span(40, 50)));
    tally.add(List.of(), List.of(), List.of(new Span(0, 5)));

    assertThat(tally.recall()).isEqualTo(1.0);
    assertThat(tally.predicted()).isEqualTo(3);
    assertThat(tally.precision()).isEqualTo(1 / 3.0);
    assertThat(tally.predictedOnScareQuotes()).isEqualTo(1);
  }
}
