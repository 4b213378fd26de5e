package org.newsgraph.nlp.event.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.Event;
import org.newsgraph.core.EventActor;
import org.newsgraph.core.EventPlace;
import org.newsgraph.core.EventStatus;
import org.newsgraph.core.EventTime;
import org.newsgraph.core.Evidence;
import org.newsgraph.core.Polarity;

class EcbEvaluationTest {

  /** Two sentences; only the second is listed as annotated. */
  private static final String XML = """
      <Document doc_name="9_1ecb.xml">
      <token t_id="1" sentence="0" number="0">Police</token>
      <token t_id="2" sentence="0" number="1">arrested</token>
      <token t_id="3" sentence="0" number="2">him</token>
      <token t_id="4" sentence="1" number="0">Rebels</token>
      <token t_id="5" sentence="1" number="1">attacked</token>
      <token t_id="6" sentence="1" number="2">Gondor</token>
      <token t_id="7" sentence="1" number="3">on</token>
      <token t_id="8" sentence="1" number="4">Monday</token>
      <Markables>
      <ACTION_OCCURRENCE m_id="1"><token_anchor t_id="2"/></ACTION_OCCURRENCE>
      <HUMAN_PART_ORG m_id="2"><token_anchor t_id="4"/></HUMAN_PART_ORG>
      <ACTION_OCCURRENCE m_id="3"><token_anchor t_id="5"/></ACTION_OCCURRENCE>
      <LOC_GEO m_id="4"><token_anchor t_id="6"/></LOC_GEO>
      <TIME_DATE m_id="5"><token_anchor t_id="8"/></TIME_DATE>
      <ACTION_OCCURRENCE m_id="6" TAG_DESCRIPTOR="an attack"/>
      </Markables>
      </Document>
      """;

  @Test
  void readsTokensSentencesAndAnchoredMarkables(@TempDir Path dir) throws IOException {
    EcbDocument doc = write(dir).get(0);
    assertThat(doc.name()).isEqualTo("9_1ecb");
    assertThat(doc.text()).isEqualTo("Police arrested him\n\nRebels attacked Gondor on Monday");
    assertThat(doc.annotated()).containsExactly(1);
    assertThat(doc.markables()).extracting(EcbDocument.Markable::kind)
        .containsExactly("ACTION", "HUMAN", "ACTION", "LOC", "TIME");
    assertThat(doc.sentenceAt(doc.text().indexOf("Monday"))).isEqualTo(1);
  }

  @Test
  void scoresTriggersOnAnnotatedSentencesAndChecksAttachments(@TempDir Path dir) throws IOException {
    EcbDocument doc = write(dir).get(0);
    String text = doc.text();
    Event arrest = event(text, "arrested", List.of(), null, null);
    EventActor rebels = actor(text, "Rebels");
    EventActor gondor = actor(text, "Gondor");
    int monday = text.indexOf("Monday");
    EventTime time = new EventTime("2019-02-18", null, "Monday", monday, monday + 6);
    EventPlace place = new EventPlace(null, "Gondor", "Gondor", gondor.start(), gondor.end(), null);
    Event attack = event(text, "attacked", List.of(rebels, gondor), time, place);
    Event wrong = event(text, "Gondor", List.of(), null, null);

    EcbScore s = EcbEvaluation.score(doc, List.of(arrest, attack, wrong));

    assertThat(s.gold()).isEqualTo(1);
    assertThat(s.predicted()).isEqualTo(2);
    assertThat(s.matched()).isEqualTo(1);
    assertThat(s.precision()).isEqualTo(0.5);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.time()).isEqualTo(new EcbScore.Attachment(1, 1));
    assertThat(s.place()).isEqualTo(new EcbScore.Attachment(1, 1));
    assertThat(s.participants()).isEqualTo(new EcbScore.Attachment(2, 1));
  }

  private static List<EcbDocument> write(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("9"));
    Files.writeString(dir.resolve("9/9_1ecb.xml"), XML);
    Files.writeString(dir.resolve(EcbCorpus.SENTENCES), "Topic,File,Sentence Number\n9,1ecb,1\n");
    return EcbCorpus.load(dir);
  }

  private static EventActor actor(String text, String word) {
    int at = text.indexOf(word);
    return new EventActor(null, word, word, at, at + word.length(), null, null);
  }

  private static Event event(String text, String trigger, List<EventActor> actors, EventTime when, EventPlace place) {
    int at = text.indexOf(trigger);
    Evidence t = new Evidence(trigger, at, at + trigger.length());
    return new Event("v", "attack", "ASSAULT", null, "180", actors, List.of(), place, when,
        EventStatus.HAPPENED, Polarity.POSITIVE, null, t, t, null, 0.5);
  }
}
