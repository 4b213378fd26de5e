package org.newsgraph.nlp.event.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Event;
import org.newsgraph.core.EventActor;
import org.newsgraph.core.EventStatus;
import org.newsgraph.core.Evidence;
import org.newsgraph.core.Polarity;
import org.newsgraph.nlp.event.eval.PetrarchEvaluation.Fit;

class PetrarchEvaluationTest {

  private static final PetrarchActors ACTORS = PetrarchActors.parse(List.of(
      "NORTH_ISLAND [NIS]", "SOUTH_ISLAND [SIS]", "EAST_ISLAND [EIS]", "NOBODY [---]"));
  private static final PetrarchEvaluation EVALUATION =
      new PetrarchEvaluation(ACTORS, Set.of("01", "03", "04", "05", "11", "19"));

  private static PetrarchRecord record(String id, String category, PetrarchRecord.Coding... codings) {
    return new PetrarchRecord(id, category, null, "text of " + id, List.of(codings), false, false);
  }

  private static PetrarchRecord.Coding coding(String source, String target, String code) {
    return new PetrarchRecord.Coding(source, target, code);
  }

  private static EventActor actor(String name, String country) {
    return new EventActor(null, name, "x", 0, 1, country, null);
  }

  private static Event event(String cameo, List<EventActor> source, List<EventActor> target) {
    Evidence evidence = new Evidence("x", 0, 1);
    return new Event("v1", "act", null, null, cameo, source, target, null, null, EventStatus.HAPPENED,
        Polarity.POSITIVE, null, evidence, evidence, null, 0.5);
  }

  @Test
  void codingsFitWhenTheirRootIsCodedAndTheirActorsAreCountries() {
    assertThat(EVALUATION.fits(coding("NISGOV", "SIS", "122"))).as("WEIS 122 is CAMEO 11").isTrue();
    assertThat(EVALUATION.fits(coding("NIS", "SIS", "030"))).as("not WEIS, read as CAMEO").isTrue();
    assertThat(EVALUATION.fits(coding("NIS", "SIS", "220"))).as("no CAMEO root").isFalse();
    assertThat(EVALUATION.fits(coding("NIS", "SIS", "212"))).as("WEIS arrest is CAMEO 17, not coded").isFalse();
    assertThat(EVALUATION.fits(coding("NIS", "SIS", "1911"))).as("CAMEO-shaped").isTrue();
    assertThat(EVALUATION.fits(coding("NIS", "SIS", "903"))).as("a private test code").isFalse();
    assertThat(EVALUATION.fits(coding("NIS", "SIS", "174K"))).isFalse();
    assertThat(EVALUATION.fits(coding("---GOV", "SIS", "122"))).isFalse();
    assertThat(EVALUATION.fits(coding("\"THE MINISTRY\"", "SIS", "122"))).isFalse();
    assertThat(EVALUATION.fit(record("r", "X", coding("NIS", "SIS", "903")))).isEqualTo(Fit.OUTSIDE_ONTOLOGY);
    assertThat(EVALUATION.fit(record("r", "X"))).isEqualTo(Fit.EMPTY);
  }

  @Test
  void scoresRootsActorsBothWaysAndFalseEvents() {
    PetrarchRecord passive = record("p", "MODIFY", coding("SIS", "NIS", "121"));
    PetrarchRecord meeting = record("m", "COMPOUND", coding("NIS", "SIS", "031"), coding("SIS", "NIS", "033"));
    PetrarchRecord compound = record("c", "COMPOUND", coding("NIS", "EIS", "122"), coding("SIS", "EIS", "122"));
    PetrarchRecord empty = record("e", "VERB");
    PetrarchRecord outside = record("o", "SYNSET", coding("NIS", "SIS", "903"));
    Map<String, List<Event>> read = Map.of(
        "text of p", List.of(event("111", List.of(actor("North Island", null)), List.of(actor("South Island", null)))),
        "text of m", List.of(event("040", List.of(actor("North Island", null), actor("the South Island", null)), List.of())),
        "text of c", List.of(event("112", List.of(actor("North Island", null)), List.of(actor("officials", "EIS")))),
        "text of e", List.of(event("190", List.of(), List.of())));

    PetrarchScore score = EVALUATION.run(List.of(passive, meeting, compound, empty, outside),
        text -> read.getOrDefault(text, List.of()), () -> { });

    PetrarchScore.Tally total = score.total();
    assertThat(total.coded()).isEqualTo(3);
    assertThat(total.found()).isEqualTo(3);
    assertThat(total.foundWithActors()).as("the passive's actors are reversed; the compound lacks SIS").isEqualTo(1);
    assertThat(total.actorsFound()).isEqualTo(1);
    assertThat(total.empty()).isEqualTo(1);
    assertThat(total.emptyWithEvents()).isEqualTo(1);
    assertThat(score.falseEvents()).isEqualTo(1);
    assertThat(score.count(Fit.OUTSIDE_ONTOLOGY)).isEqualTo(1);
    assertThat(score.byCategory()).containsOnlyKeys("MODIFY", "COMPOUND", "VERB");
    assertThat(score.byCategory().get("COMPOUND").foundWithActors()).isEqualTo(1);
    assertThat(score.confusion().get("11")).containsEntry("11", 3);
    assertThat(score.confusion().get("04")).containsEntry("04", 2);
  }
}
