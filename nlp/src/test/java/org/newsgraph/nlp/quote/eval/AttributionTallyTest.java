package org.newsgraph.nlp.quote.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.QuoteKind;

class AttributionTallyTest {

  private static final String TEXT =
      "\"The dam is safe,\" said Ana Ruiz. Officials said repairs would take a year. Critics disagreed.";

  private static Span span(String part) {
    int start = TEXT.indexOf(part);
    return new Span(start, start + part.length());
  }

  private static GoldAttribution gold(String content, String source, QuoteKind kind) {
    return new GoldAttribution(List.of(span(content)), source == null ? List.of() : List.of(span(source)),
        source == null ? "" : source, List.of(), kind);
  }

  private static PredictedAttribution predicted(String content, String speaker, QuoteKind kind) {
    return new PredictedAttribution(List.of(span(content)), kind, speaker == null ? null : span(speaker),
        speaker == null ? "" : speaker, List.of());
  }

  @Test
  void countsContentAndSpeakerMatchesOneToOne() {
    AttributionTally tally = new AttributionTally();
    tally.add(TEXT,
        List.of(gold("\"The dam is safe,\"", "Ana Ruiz", QuoteKind.DIRECT),
            gold("repairs would take a year", "Officials", QuoteKind.REPORTED)),
        List.of(predicted("The dam is safe", "Ana Ruiz", QuoteKind.DIRECT),
            predicted("The dam is", "Ana Ruiz", QuoteKind.DIRECT),
            predicted("repairs would take a year", "Critics", QuoteKind.REPORTED)));

    assertThat(tally.precision(Criterion.CONTENT, null)).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(tally.recall(Criterion.CONTENT, null)).isEqualTo(1.0);
    assertThat(tally.recall(Criterion.STRICT, null)).isEqualTo(0.5);
    assertThat(tally.recall(Criterion.STRICT, QuoteKind.DIRECT)).isEqualTo(1.0);
    assertThat(tally.recall(Criterion.STRICT, QuoteKind.REPORTED)).isEqualTo(0.0);
    assertThat(tally.directFound()).isEqualTo(1);
    assertThat(tally.directSpeakerAccuracy(Criterion.STRICT)).isEqualTo(1.0);
  }

  @Test
  void contentsMustOverlapByHalfTheShorterOne() {
    AttributionTally tally = new AttributionTally();
    tally.add(TEXT, List.of(gold("Officials said repairs would take a year", "Officials", QuoteKind.REPORTED)),
        List.of(predicted("year. Critics disagreed", "Critics", QuoteKind.REPORTED)));

    assertThat(tally.recall(Criterion.CONTENT, null)).isEqualTo(0.0);
  }

  @Test
  void fullCreditAcceptsTheSameNameElsewhere() {
    AttributionTally tally = new AttributionTally();
    tally.add(TEXT, List.of(gold("\"The dam is safe,\"", "said Ana Ruiz", QuoteKind.DIRECT)),
        List.of(new PredictedAttribution(List.of(span("The dam is safe")), QuoteKind.DIRECT,
            span("Critics"), "Ms Ruiz", List.of())));

    assertThat(tally.recall(Criterion.STRICT, null)).isEqualTo(0.0);
    assertThat(tally.recall(Criterion.FULL, null)).isEqualTo(1.0);
  }

  @Test
  void goldWithoutSourceWantsNoSpeaker() {
    AttributionTally tally = new AttributionTally();
    tally.add(TEXT, List.of(gold("Critics disagreed", null, QuoteKind.REPORTED)),
        List.of(predicted("Critics disagreed", null, QuoteKind.REPORTED)));

    assertThat(tally.f1(Criterion.STRICT, null)).isEqualTo(1.0);
  }
}
