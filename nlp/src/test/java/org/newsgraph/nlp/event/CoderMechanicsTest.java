package org.newsgraph.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.nlp.event.SharedEvents.countries;
import static org.newsgraph.nlp.event.SharedEvents.only;

import org.junit.jupiter.api.Test;
import org.newsgraph.core.Event;
import org.newsgraph.core.EventActor;
import org.newsgraph.core.Polarity;

/**
 * The coder mechanics PETRARCH's unit-test records exercise (passives, compound actors,
 * negation), on our own sentences with real countries.
 */
class CoderMechanicsTest {

  @Test
  void passiveWithAnAdverbTakesTheAgentAsSource() {
    Event e = only("Egypt was sharply criticized by Israel on Tuesday.", "denounce");
    assertThat(countries(e.source())).containsExactly("ISR");
    assertThat(countries(e.target())).containsExactly("EGY");
  }

  @Test
  void groupFromCoordinatedCountriesIsOneActorPerCountry() {
    Event e = only("Officials in Peru and Chile criticized Bolivia on Monday.", "denounce");
    assertThat(countries(e.source())).containsExactly("PER", "CHL");
    assertThat(e.source()).extracting(EventActor::sector).containsOnly("GOV");
    assertThat(countries(e.target())).containsExactly("BOL");
  }

  @Test
  void listAfterOfGivesEveryCountry() {
    Event e = only("The ambassadors of Norway, Sweden and Finland met the Egyptian president on Wednesday.", "meet");
    assertThat(countries(e.source())).containsExactly("NOR", "SWE", "FIN");
  }

  @Test
  void coordinatedDemonymsAreOneActorEach() {
    Event e = only("Senior Hungarian and Romanian officials criticized Serbia on Monday.", "denounce");
    assertThat(countries(e.source())).containsExactly("HUN", "ROU");
  }

  @Test
  void neitherNorSubjectDeniesTheEvent() {
    Event e = only("Neither France nor Germany criticized Russia.", "denounce");
    assertThat(e.polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(countries(e.source())).containsExactly("FRA", "DEU");
  }

  @Test
  void subjectWithNoDeniesTheEvent() {
    Event e = only("No government criticized Chile on Monday.", "denounce");
    assertThat(e.polarity()).isEqualTo(Polarity.NEGATIVE);
  }

  @Test
  void firingShellsAtACountryIsFighting() {
    Event e = only("North Korea fired two artillery shells at South Korea on Thursday.", "fight");
    assertThat(e.cameo()).startsWith("19");
    assertThat(countries(e.source())).containsExactly("PRK");
    assertThat(countries(e.target())).containsExactly("KOR");
  }

  @Test
  void shotDeadIsAKillingOfThePassiveSubject() {
    Event e = only("A Kenyan aid worker was shot dead in Somalia on Monday.", "kill");
    assertThat(e.cameo()).startsWith("18");
    assertThat(countries(e.target())).containsExactly("KEN");
    assertThat(e.place().name()).isEqualTo("Somalia");
  }

  @Test
  void coordinatedSubjectWithoutNeitherIsPositive() {
    Event e = only("France and Germany criticized Russia.", "denounce");
    assertThat(e.polarity()).isEqualTo(Polarity.POSITIVE);
  }
}
