package org.newsgraph.nlp.event.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PetrarchCorpusTest {

  private static PetrarchCorpus.Contents parse(String xml) throws IOException {
    return PetrarchCorpus.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsCodingsEmptyGoldDiscardsAndInputChecks() throws IOException {
    String xml = "<Validation><Environment><Actorfile>actors.txt</Actorfile></Environment><Sentences>"
        + "<Sentence date=\"20010203\" id=\"A-1\" category=\"PASSIVE\"><!-- a note -->"
        + "<EventCoding sourcecode=\"NORGOV\" targetcode=\"SWE\" eventcode=\"122\"></EventCoding>"
        + "<Text>\nNorway was\n  denounced by Sweden.\n</Text><Parse>(ROOT)</Parse></Sentence>"
        + "<Sentence date=\"20010203\" id=\"A-2\" category=\"VERB\">"
        + "<EventCoding noevents=\"True\"></EventCoding><Text>Nothing here.</Text></Sentence>"
        + "<Sentence id=\"A-3\" category=\"ERROR\"><EventCoding error=\"sentencediscard\"></EventCoding>"
        + "<Text>A cup final.</Text></Sentence>"
        + "<Sentence id=\"A-4\" category=\"ERROR\"><EventCoding error=\"bad_input_parse\"></EventCoding>"
        + "<Text>Broken.</Text></Sentence></Sentences></Validation>";
    PetrarchCorpus.Contents contents = parse(xml);
    assertThat(contents.actorFile()).isEqualTo("actors.txt");
    List<PetrarchRecord> records = contents.records();
    assertThat(records).hasSize(4);
    assertThat(records.get(0)).isEqualTo(new PetrarchRecord("A-1", "PASSIVE", LocalDate.of(2001, 2, 3),
        "Norway was denounced by Sweden.", List.of(new PetrarchRecord.Coding("NORGOV", "SWE", "122")), false, false));
    assertThat(records.get(1).codings()).isEmpty();
    assertThat(records.get(1).discarded() || records.get(1).inputError()).isFalse();
    assertThat(records.get(2).discarded()).isTrue();
    assertThat(records.get(2).date()).isNull();
    assertThat(records.get(3).inputError()).isTrue();
  }

  @Test
  void malformedXmlIsAnIllegalArgument() {
    assertThatThrownBy(() -> parse("<Validation><Sentence></Validation>"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not well-formed");
  }

  @Test
  void actorDictionaryHasSynonymsDatesAndSeveralCodes() {
    PetrarchActors actors = PetrarchActors.parse(List.of(
        "<!-- header -->",
        "# comment",
        "NORTH_ISLAND [NIS] # a note",
        "+THE_NORTH",
        "OLD KINGDOM",
        "\t[OKA <950601]",
        "\t[OKB 19950601 - 19990815]",
        "\t[OKC]",
        "TWIN_CITIES [TWA/TWB]",
        "NOBODY [---]"));
    assertThat(actors.codes("The North's army", null)).containsExactly("NIS");
    assertThat(actors.codes("north island", null)).containsExactly("NIS");
    assertThat(actors.codes("Old Kingdom", LocalDate.of(1990, 1, 1))).containsExactly("OKA");
    assertThat(actors.codes("Old Kingdom", LocalDate.of(1997, 1, 1))).containsExactly("OKB");
    assertThat(actors.codes("Old Kingdom", LocalDate.of(2005, 1, 1))).containsExactly("OKC");
    assertThat(actors.codes("Old Kingdom", null)).containsExactly("OKC");
    assertThat(actors.codes("Twin Cities and North Island", null)).containsExactly("TWA", "TWB", "NIS");
    assertThat(actors.codes("Northern Island", null)).isEmpty();
    assertThat(actors.countries()).containsExactlyInAnyOrder("NIS", "OKA", "OKB", "OKC", "TWA", "TWB");
  }
}
