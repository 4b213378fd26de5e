package org.newsgraph.nlp.time.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.nlp.SharedAnalyzer;
import org.newsgraph.nlp.time.RuleTimeTagger;

class GumDateEvaluationTest {

  private static Path sample() throws Exception {
    return Path.of(GumDateEvaluationTest.class.getResource("/time/gum-sample.xml").toURI());
  }

  @Test
  void rebuildsTheTextAndPlacesTheDates() throws Exception {
    GumDocument d = new GumReader().read(sample());

    assertThat(d.created()).isEqualTo(LocalDate.of(2021, 3, 15));
    assertThat(d.text())
        .isEqualTo(
            "Ferry strike ends\n\nFriday, the long-running strike ended after three months (R&D)."
                + " Talks resume next week.\n\n");
    assertThat(d.dates())
        .extracting(GoldDate::text)
        .containsExactly("Friday", "three months", "next week");
    assertThat(d.dates().get(2).span())
        .isEqualTo(new CalendarSpan(LocalDate.of(2021, 3, 22), LocalDate.of(2021, 3, 28)));
  }

  @Test
  void countsDatesFoundWithTheSameDays(@TempDir Path dir) throws Exception {
    Files.copy(sample(), dir.resolve("sample.xml"));

    GumDateEvaluation.Result r =
        new GumDateEvaluation(SharedAnalyzer.get(), new RuleTimeTagger()).run(dir, () -> {});

    assertThat(r.dates()).isEqualTo(3);
    assertThat(r.found()).isEqualTo(3);
    assertThat(r.alignments())
        .filteredOn(GumDateEvaluation.Alignment::sameValue)
        .extracting(a -> a.gold().text())
        .containsExactly("Friday", "next week");
  }
}
