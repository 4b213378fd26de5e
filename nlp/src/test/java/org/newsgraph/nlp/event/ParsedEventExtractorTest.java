package org.newsgraph.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.nlp.event.SharedEvents.PUBLISHED;
import static org.newsgraph.nlp.event.SharedEvents.countries;
import static org.newsgraph.nlp.event.SharedEvents.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Event;
import org.newsgraph.core.EventActor;
import org.newsgraph.core.EventStatus;
import org.newsgraph.core.Polarity;

/** The event reader's mechanics on invented news sentences. */
class ParsedEventExtractorTest {

  @Test
  void passiveAgentIsTheSource() {
    Event e = only("Three soldiers were killed by rebels near the border on Monday.", "kill");
    assertThat(e.source()).extracting(EventActor::name).containsExactly("rebels");
    assertThat(e.source().get(0).sector()).isEqualTo("REB");
    assertThat(e.target()).extracting(EventActor::sector).containsExactly("MIL");
    assertThat(e.when().value()).isEqualTo("2021-05-10");
  }

  @Test
  void reportedObligationIsADemandOfTheReporter() {
    Event e = only("Peru said on Friday that Chile must withdraw its troops from the border.", "demand");
    assertThat(e.type()).isEqualTo("DEMAND");
    assertThat(countries(e.source())).containsExactly("PER");
    assertThat(countries(e.target())).containsExactly("CHL");
  }

  @Test
  void actorWithoutCountryTakesTheNearestCountryNamed() {
    Event e = only("Ecuador's new President Rafael Ortega met the Peruvian ambassador on Friday.", "meet");
    assertThat(countries(e.source())).containsExactly("ECU");
    assertThat(countries(e.target())).containsExactly("PER");
  }

  @Test
  void protestWithoutTargetIsAimedAtItsPlace() {
    Event e = only("Thousands of Bolivian miners demonstrated in La Paz on Monday.", "protest");
    assertThat(countries(e.source())).containsExactly("BOL");
    assertThat(countries(e.target())).containsExactly("BOL");
  }

  @Test
  void contractedHasIsNotAPassive() {
    Event e = only("Brazil's president said he's withdrawn from the regional trade pact.", "withdraw");
    assertThat(e.source()).isNotEmpty();
    assertThat(e.target()).isEmpty();
  }

  @Test
  void coordinatedSubjectsAreBothSourcesAndThePlaceIsAttached() {
    Event e = only("France and Germany signed a trade agreement in Paris on Tuesday.", "sign");
    assertThat(countries(e.source())).containsExactlyInAnyOrder("FRA", "DEU");
    assertThat(e.place().name()).isEqualTo("Paris");
    assertThat(e.place().country()).isEqualTo("FRA");
    assertThat(e.status()).isEqualTo(EventStatus.HAPPENED);
  }

  @Test
  void negatedVerbIsNegative() {
    Event e = only("Canada did not meet the Chinese delegation last week.", "meet");
    assertThat(e.polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(countries(e.source())).containsExactly("CAN");
    assertThat(countries(e.target())).containsExactly("CHN");
  }

  @Test
  void noMeetingsSinceADateIsNegativeWithBothParties() {
    Event e = only("There have been no meetings between Brazil and Argentina since March 3.", "meet");
    assertThat(e.polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(countries(e.source())).containsExactlyInAnyOrder("BRA", "ARG");
    assertThat(e.when().value()).isEqualTo("2021-03-03");
    assertThat(e.when().mod()).isEqualTo("AFTER");
  }

  @Test
  void countsComeFromTwiceAndNTimes() {
    List<Event> events =
        SharedEvents.read("Egypt and Jordan met three times last year and spoke by phone twice.", PUBLISHED);
    assertThat(events).filteredOn(e -> e.action().equals("meet")).extracting(Event::count).containsExactly(3);
    assertThat(events).filteredOn(e -> e.action().equals("call")).extracting(Event::count).containsExactly(2);
    assertThat(events).filteredOn(e -> e.action().equals("call"))
        .allSatisfy(e -> assertThat(countries(e.source())).containsExactlyInAnyOrder("EGY", "JOR"));
  }

  @Test
  void missilesFiredAreCountedLaunchesAtTheirTarget() {
    Event e = only("Iran fired two missiles at Israel on Sunday.", "missile_launch");
    assertThat(e.count()).isEqualTo(2);
    assertThat(countries(e.source())).containsExactly("IRN");
    assertThat(countries(e.target())).containsExactly("ISR");
  }

  @Test
  void willIsPlannedAndCodedAsIntent() {
    Event e = only("Kenya will host Ugandan officials next week.", "host");
    assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
    assertThat(e.type()).isEqualTo("AGREE");
    assertThat(e.target()).extracting(EventActor::country, EventActor::sector)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("UGA", "GOV"));
  }

  @Test
  void expectedByOthersIsExpected() {
    Event e = only("The Indian army is expected to withdraw from the disputed area.", "withdraw");
    assertThat(e.status()).isEqualTo(EventStatus.EXPECTED);
    assertThat(e.source()).extracting(EventActor::country, EventActor::sector)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("IND", "MIL"));
  }

  @Test
  void conditionalIsHypotheticalAndAThreat() {
    Event e = only("Turkey could impose sanctions on Syria if the attacks continue.", "impose_sanctions");
    assertThat(e.status()).isEqualTo(EventStatus.HYPOTHETICAL);
    assertThat(e.type()).isEqualTo("THREATEN");
    assertThat(countries(e.target())).containsExactly("SYR");
  }

  @Test
  void reportedPronounIsTheReporter() {
    Event e = only("Syria said it would withdraw its troops from Lebanon.", "withdraw");
    assertThat(countries(e.source())).containsExactly("SYR");
    assertThat(countries(e.target())).containsExactly("LBN");
    assertThat(e.status()).isEqualTo(EventStatus.HYPOTHETICAL);
  }

  @Test
  void refusingToMeetIsARejectionAndANegativeMeeting() {
    List<Event> events = SharedEvents.read("Poland refused to meet the Russian envoy.", PUBLISHED);
    assertThat(events).extracting(Event::action).contains("reject", "meet");
    assertThat(events).filteredOn(e -> e.action().equals("meet"))
        .extracting(Event::polarity).containsExactly(Polarity.NEGATIVE);
  }

  @Test
  void eventsInsideQuotationsCarryTheQuote() {
    String text = "\"We will never negotiate with Canada,\" the Mexican president said on Friday.";
    Event e = only(text, "negotiate");
    assertThat(e.quote()).isNotNull();
    assertThat(e.polarity()).isEqualTo(Polarity.NEGATIVE);
  }

  @Test
  void spanLeadingUpToADateIsARangeEndingThere() {
    Event e = only("Peru and Chile held talks in the two months leading up to the summit in June 2018.", "meet");
    assertThat(e.when().value()).isEqualTo("2018-04/2018-06");
  }

  @Test
  void everyFactIsGroundedInTheText() {
    String text = "Japan accused China of violating its airspace, and China denied it on Monday.";
    for (Event e : SharedEvents.read(text, PUBLISHED)) {
      assertThat(text.substring(e.evidence().start(), e.evidence().end())).isEqualTo(e.evidence().text());
      for (EventActor a : e.source()) {
        assertThat(text.substring(a.start(), a.end())).isEqualTo(a.text());
      }
    }
  }

  @Test
  void summoningAnEnvoyIsADisapproval() {
    Event e = only("Peru summoned Chile's ambassador on Monday.", "summon");
    assertThat(e.type()).isEqualTo("DISAPPROVE");
    assertThat(countries(e.source())).containsExactly("PER");
    assertThat(countries(e.target())).containsExactly("CHL");
  }

  @Test
  void munitionThatLandsIsALaunchByItsCountry() {
    Event e = only("Two Iranian missiles landed near the coast on Friday.", "missile_launch");
    assertThat(e.count()).isEqualTo(2);
    assertThat(countries(e.source())).containsExactly("IRN");
    assertThat(e.when().value()).isEqualTo("2021-05-14");
  }

  @Test
  void theTwoArePairNamedBefore() {
    String text = "Peruvian Foreign Minister Ana Soto and Chilean Foreign Minister Pablo Ruiz met in Lima "
        + "on March 3. When the two spoke by phone last Tuesday, Soto raised the dispute.";
    Event e = only(text, "call");
    assertThat(countries(e.source())).containsExactlyInAnyOrder("PER", "CHL");
    assertThat(e.when().value()).isEqualTo("2021-05-11");
  }

  @Test
  void scheduledEventNounIsPlannedForTheSchedulersTime() {
    Event e = only("A third call between Soto of Peru and Ruiz of Chile is planned for Friday.", "call");
    assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
    assertThat(e.when()).isNotNull();
  }

  @Test
  void contactDeniedSinceAnEventTakesItsDate() {
    Event e = only("Soto and Ruiz have not spoken since they met in Lima on March 3.", "contact");
    assertThat(e.polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(e.source()).hasSize(2);
    assertThat(e.when().value()).isEqualTo("2021-03-03");
    assertThat(e.when().mod()).isEqualTo("AFTER");
  }

  @Test
  void speakingToThePressIsNoContact() {
    List<Event> events = SharedEvents.read("The Peruvian minister spoke to reporters on Monday.", PUBLISHED);
    assertThat(events).extracting(Event::action).doesNotContain("contact");
  }

  @Test
  void denialUntilATimeMeansItHappenedThen() {
    Event e = only("Until today Soto and Ruiz had not met in person since January.", "meet");
    assertThat(e.polarity()).isEqualTo(Polarity.POSITIVE);
    assertThat(e.when().value()).isEqualTo("2021-05-14");
    assertThat(e.when().mod()).isNull();
  }

  @Test
  void demandedActionIsOnlyHypothetical() {
    Event e = only("Chile repeated its demand that Peru lift the sanctions it imposed in February.", "lift_sanctions");
    assertThat(e.status()).isEqualTo(EventStatus.HYPOTHETICAL);
  }

  @Test
  void purposeOfAnExpectedMeetingIsExpected() {
    Event e = only("Peru and Chile expected to meet again next month to sign a treaty.", "sign");
    assertThat(e.status()).isEqualTo(EventStatus.EXPECTED);
  }

  @Test
  void buildingWhereTheySignIsNoParty() {
    Event e = only("Soto and Ruiz signed the treaty at the Grand Palace Hotel in Lima on Wednesday.", "sign");
    assertThat(e.source()).hasSize(2);
    assertThat(e.target()).isEmpty();
    assertThat(e.place().name()).contains("Grand Palace Hotel");
  }

  @Test
  void cityNamingAnAgreementIsNoParty() {
    Event e = only("The Lima agreement between Peru and Chile took effect in 2019.", "agree");
    assertThat(e.source()).extracting(EventActor::name).doesNotContain("Lima");
    assertThat(e.target()).extracting(EventActor::name).doesNotContain("Lima");
  }

  @Test
  void spanOfTimeIsNotWhen() {
    Event e = only("Soto met Ruiz for about 30 minutes on Monday.", "meet");
    assertThat(e.when().value()).isEqualTo("2021-05-10");
  }

  @Test
  void yearIsNotACountAndAnEventSubjectKeepsItsPolarity() {
    Event e = only("The 1985 agreement between Peru and Chile did not end the dispute.", "agree");
    assertThat(e.count()).isNull();
    assertThat(e.polarity()).isEqualTo(Polarity.POSITIVE);
    assertThat(countries(e.source())).containsExactlyInAnyOrder("PER", "CHL");
  }

  @Test
  void textWithoutEventsOrWordsGivesNone() {
    assertThat(SharedEvents.read("", PUBLISHED)).isEmpty();
    assertThat(SharedEvents.read("... !!! ???", PUBLISHED)).isEmpty();
    assertThat(SharedEvents.read("The weather was mild and the trees were green.", PUBLISHED)).isEmpty();
  }
}
