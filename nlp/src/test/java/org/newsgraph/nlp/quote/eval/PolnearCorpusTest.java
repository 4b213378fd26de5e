package org.newsgraph.nlp.quote.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.QuoteKind;

class PolnearCorpusTest {

  private static final String TEXT =
      "“Rates will rise,” said Ana Ruiz. She said the bank was “too slow” and that growth would stall.";

  private static String span(String part) {
    int start = TEXT.indexOf(part);
    return start + " " + (start + part.length());
  }

  private static List<String> annotation() {
    return List.of(
        "T1\tContent " + span("“Rates will rise,”") + "\t“Rates will rise,”",
        "T2\tCue " + span("said") + "\tsaid",
        "T3\tSource " + span("Ana Ruiz") + "\tAna Ruiz",
        "E1\tAttribution:T2 Content:T1 Cue:T2 Source:T3",
        "T4\tContent " + span("the bank was “too slow”") + "\tthe bank was “too slow”",
        "T5\tSource " + span("She") + "\tShe",
        "E2\tAttribution:T2 Content:T4 Source:T5",
        "T6\tContent " + span("growth would stall") + "\tgrowth would stall",
        "E3\tAttribution-no-source:T2 Content:T6",
        "T7\tContent 5 nonsense",
        "E4\tAttribution:T2 Content:T7",
        "#1\tAnnotatorNotes T1\tignored");
  }

  @Test
  void readsRelationsAndJudgesTheirKindByQuotationMarks() {
    List<GoldAttribution> gold = PolnearCorpus.parse(annotation(), TEXT);

    assertThat(gold).extracting(GoldAttribution::kind)
        .containsExactly(QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.REPORTED);
    assertThat(gold.get(0).sourceText()).isEqualTo("Ana Ruiz");
    assertThat(gold.get(1).sourceText()).isEqualTo("She");
    assertThat(gold.get(2).source()).isEmpty();
  }

  @Test
  void loadsTheFirstAnnotatorsFilePerArticle(@TempDir Path dir) throws IOException {
    Path split = dir.resolve("dev");
    Files.createDirectories(split.resolve("text"));
    Files.createDirectories(split.resolve("attributions"));
    Files.writeString(split.resolve("text/a1.txt"), TEXT);
    Files.write(split.resolve("attributions/a1_0b2c.ann"), annotation());
    Files.write(split.resolve("attributions/a1_ffff.ann"), annotation().subList(0, 4));

    List<PolnearCorpus.Article> articles = PolnearCorpus.load(dir, "dev");

    assertThat(articles).hasSize(1);
    assertThat(articles.get(0).gold()).hasSize(3);
  }

  @Test
  void refusesADirectoryThatIsNoSplit(@TempDir Path dir) {
    assertThatThrownBy(() -> PolnearCorpus.load(dir, "dev")).isInstanceOf(IllegalArgumentException.class);
  }
}
