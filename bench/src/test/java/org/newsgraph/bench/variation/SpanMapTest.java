package org.newsgraph.bench.variation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SpanMapTest {

  private static final String TEXT = "One.\n\n\"Two,\n\nthree.\"\n\nFour.";

  @Test
  void paragraphsJoinedByASpanMoveTogetherAndTheSpanFollows() {
    int quoteStart = TEXT.indexOf('"');
    int quoteEnd = TEXT.lastIndexOf('"') + 1;
    Set<String> texts =
        IntStream.range(0, 30)
            .mapToObj(
                seed -> {
                  ParagraphShuffle shuffle =
                      new ParagraphShuffle(
                          TEXT, List.of(new int[] {quoteStart, quoteEnd}), new Random(seed));
                  SpanMap.Span quote = shuffle.map(quoteStart, quoteEnd);
                  assertThat(shuffle.text().substring(quote.start(), quote.end()))
                      .isEqualTo("\"Two,\n\nthree.\"");
                  return shuffle.text();
                })
            .collect(Collectors.toSet());
    assertThat(texts).hasSize(6).contains("Four.\n\n\"Two,\n\nthree.\"\n\nOne.");
  }

  @Test
  void nameEditsMoveTheSpansAfterThem() {
    String text = "Lars Berg met Aiko Tanaka in Oslo.";
    NameEdits edits = new NameEdits(text, List.of(new NameEdits.Edit(0, 9, "Al Roe")));
    SpanMap.Span oslo = edits.map(text.indexOf("Oslo"), text.indexOf("Oslo") + 4);
    assertThat(edits.text()).isEqualTo("Al Roe met Aiko Tanaka in Oslo.");
    assertThat(edits.text().substring(oslo.start(), oslo.end())).isEqualTo("Oslo");
    assertThat(edits.map(0, 9)).isEqualTo(new SpanMap.Span(0, 6));
  }
}
