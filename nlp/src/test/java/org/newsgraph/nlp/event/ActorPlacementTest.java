package org.newsgraph.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.nlp.event.SharedEvents.PUBLISHED;
import static org.newsgraph.nlp.event.SharedEvents.countries;
import static org.newsgraph.nlp.event.SharedEvents.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.core.Event;
import org.newsgraph.core.EventActor;

/**
 * Which words are actors and which are places: names that open with a direction word, wire
 * datelines, and places that force is aimed at.
 */
class ActorPlacementTest {

  @Test
  void nameOpeningWithADirectionWordIsNoCountryNamedBefore() {
    List<Event> events = SharedEvents.read("Northern Ireland criticized Britain on Monday. "
        + "The Northern Command fired rockets on Tuesday. "
        + "South Korea criticized Japan on Wednesday. The South Pacific Forum condemned the tests.",
        PUBLISHED);
    assertThat(events.stream().flatMap(e -> e.source().stream()).map(EventActor::country).toList())
        .containsExactly("GBR", null, "KOR", null);
  }

  @Test
  void directionalCountryNamesStayCountries() {
    Event e = only("South African officials criticized North Korea on Monday.", "denounce");
    assertThat(countries(e.source())).containsExactly("ZAF");
    assertThat(countries(e.target())).containsExactly("PRK");
  }

  @Test
  void possessorGivesADirectionalForceItsCountry() {
    Event e = only("China's Eastern Fleet fired missiles on Tuesday.", "missile_launch");
    assertThat(e.source()).extracting(EventActor::name).containsExactly("Eastern Fleet");
    assertThat(countries(e.source())).containsExactly("CHN");
    assertThat(e.source().get(0).sector()).isEqualTo("MIL");
  }

  @Test
  void anActionWithoutAPloverCategoryReadsItsAtPhrase() {
    Event e = only("The Norwegian minister briefed Russian diplomats at Kirkenes on Tuesday.", "statement");
    assertThat(countries(e.source())).containsExactly("NOR");
  }

  @Test
  void datelineWithDateAndAgencyIsNoActor() {
    Event e = only("LIMA, June 9 (Andeswire) - Peru summoned Chile's ambassador on Wednesday.", "summon");
    assertThat(e.source()).extracting(EventActor::name).containsExactly("Peru");
    assertThat(countries(e.target())).containsExactly("CHL");
  }

  @Test
  void datelineWithAgencyOnlyIsNoActor() {
    Event e = only("CAIRO (Nilewire) - Egypt said on Monday it would expel two Sudanese diplomats.", "expel");
    assertThat(countries(e.source())).containsExactly("EGY");
    assertThat(e.source()).extracting(EventActor::text).doesNotContain("CAIRO");
  }

  @Test
  void datelineWithDateOnlyIsNoActor() {
    Event e = only("ANKARA, Oct 2 \u2014 Turkey criticized Greece on Friday.", "denounce");
    assertThat(countries(e.source())).containsExactly("TUR");
    assertThat(countries(e.target())).containsExactly("GRC");
  }

  @Test
  void sentenceOpeningWithAnAcronymAndADashKeepsItsSubject() {
    Event e = only("NATO - the Western alliance - criticized Russia on Monday.", "denounce");
    assertThat(e.source()).extracting(EventActor::name).contains("NATO");
  }

  @Test
  void forceFiredAtACityIsAimedAtItsCountry() {
    Event e = only("Syria fired artillery shells at Amman on Monday.", "fight");
    assertThat(countries(e.source())).containsExactly("SYR");
    assertThat(countries(e.target())).containsExactly("JOR");
    assertThat(e.place().country()).isEqualTo("JOR");
  }

  @Test
  void meetingAtACityKeepsItAsThePlace() {
    Event e = only("Chile and Peru held talks at Lima on Friday.", "meet");
    assertThat(countries(e.source())).containsExactly("CHL", "PER");
    assertThat(e.target()).isEmpty();
    assertThat(e.place().name()).isEqualTo("Lima");
  }

  @Test
  void fightingAtACityKeepsItAsThePlace() {
    Event e = only("Iraqi troops fought at Mosul on Monday.", "fight");
    assertThat(e.target()).isEmpty();
    assertThat(e.place().name()).isEqualTo("Mosul");
  }

  @Test
  void exercisesAtACityKeepItAsThePlace() {
    Event e = only("Russia held naval exercises at Vladivostok last week.", "military_exercise");
    assertThat(countries(e.source())).containsExactly("RUS");
    assertThat(e.target()).extracting(EventActor::name).doesNotContain("Vladivostok");
    assertThat(e.place().name()).isEqualTo("Vladivostok");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Norway said on Tuesday that the Northern Fleet fired missiles.",
        "The Northern Fleet fired missiles on Tuesday, Norway said."
      })
  void namedBodyIsNotOfTheCountryReportingOnIt(String sentence) {
    Event e = only(sentence, "missile_launch");
    assertThat(e.source()).extracting(EventActor::name).containsExactly("Northern Fleet");
    assertThat(countries(e.source())).containsOnlyNulls();
  }

  @Test
  void describedGroupTakesTheCountryReportingOnIt() {
    Event e = only("Japan said on Tuesday that the coast guard arrested 12 Chinese fishermen.", "arrest");
    assertThat(countries(e.source())).containsExactly("JPN");
  }

  @Test
  void actorPlacedWhereNoCountryIsKnownTakesNoneFromTheOtherSide() {
    Event e = only("Protesters in Toulouse clashed with Spanish police on Monday.", "fight");
    assertThat(e.source()).extracting(EventActor::name).containsExactly("Protesters");
    assertThat(countries(e.source())).containsOnlyNulls();
    assertThat(countries(e.target())).containsExactly("ESP");
  }

  @Test
  void actorPlacedInACountryTakesIt() {
    Event e = only("Protesters in Zimbabwe clashed with South African police on Monday.", "fight");
    assertThat(countries(e.source())).containsExactly("ZWE");
  }
}
