package org.newsgraph.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;

/** Document-level corrections of the name tagger's answers, given by hand. */
class NameFinderTest {

  @Test
  void aNameTakesTheTypeItHasMostOftenInTheText() {
    Resolved r = Resolved.read(TaggedText.of(
        "Senator/NNP Maria/NNP/P Okafor/NNP/P spoke/VBD ./.",
        "Okafor/NNP/P said/VBD the/DT Okafor/NNP/L plan/NN would/MD pass/VB ./.",
        "Critics/NNS doubted/VBD Okafor/NNP/P ./."));

    Entity okafor = r.named("Maria Okafor");
    assertThat(okafor.type()).isEqualTo(EntityType.PERSON);
    assertThat(Resolved.mentions(okafor)).containsExactly("Maria Okafor", "Okafor", "Okafor", "Okafor");
    assertThat(r.namesOf(EntityType.LOCATION)).isEmpty();
  }

  @Test
  void anHonorificMakesAPersonWhateverTheTaggerSaid() {
    Resolved r = Resolved.read(TaggedText.of(
        "Mr/NNP/O Dlamini/NNP/O met/VBD Mrs/NNP Haddad/NNP in/IN Cairo/NNP/L ./."));

    assertThat(r.named("Dlamini").type()).isEqualTo(EntityType.PERSON);
    assertThat(Resolved.mentions(r.named("Dlamini"))).containsExactly("Mr Dlamini");
    assertThat(r.named("Haddad").type()).isEqualTo(EntityType.PERSON);
    assertThat(r.named("Cairo").type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void aWeakHonorificInsideAnotherKindOfNameIsLeftAlone() {
    Resolved r = Resolved.read(TaggedText.of(
        "She/PRP won/VBD the/DT Miss/NNP/M World/NNP/M title/NN ./."));

    assertThat(r.named("Miss World").type()).isEqualTo(EntityType.MISC);
  }

  @Test
  void aNameEndingInAPersonsSurnameIsThatPerson() {
    Resolved r = Resolved.read(TaggedText.of(
        "Mr/NNP Adeyemi/NNP/P spoke/VBD ./.",
        "Folake/NNP/O Adeyemi/NNP/O disagreed/VBD with/IN the/DT Adeyemi/NNP/O Foundation/NNP/O ./."));

    assertThat(Resolved.mentions(r.named("Folake Adeyemi"))).containsExactly("Mr Adeyemi", "Folake Adeyemi");
    assertThat(r.named("Adeyemi Foundation").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void untaggedRepetitionsOfANameAreTagged() {
    Resolved r = Resolved.read(TaggedText.of(
        "Farida/NNP/P Nasser/NNP/P leads/VBZ the/DT Kestrel/NNP/O Group/NNP/O ./.",
        "Nasser/NNP said/VBD Kestrel/NNP Group/NNP would/MD grow/VB ./."));

    assertThat(Resolved.mentions(r.named("Farida Nasser"))).containsExactly("Farida Nasser", "Nasser");
    assertThat(Resolved.mentions(r.named("Kestrel Group"))).hasSize(2);
  }

  @Test
  void namesJoinedByHyphensAreSplitWhenEachPartIsAName() {
    Resolved r = Resolved.read(TaggedText.of(
        "Putin/NNP/P met/VBD Erdogan/NNP/P in/IN Sochi/NNP/L ./.",
        "The/DT Putin/NNP/M ~-/HYPH/M ~Erdogan/NNP/M talks/NNS ended/VBD ./.",
        "The/DT US/NNP/L ~-/HYPH/L ~South/NNP/L Korea/NNP/L alliance/NN held/VBD ./."));

    assertThat(Resolved.mentions(r.named("Putin"))).containsExactly("Putin", "Putin");
    assertThat(Resolved.mentions(r.named("Erdogan"))).containsExactly("Erdogan", "Erdogan");
    assertThat(Resolved.mentions(r.named("United States"))).containsExactly("US");
    assertThat(Resolved.mentions(r.named("South Korea"))).containsExactly("South Korea");
    assertThat(r.namesOf(EntityType.MISC)).isEmpty();
  }

  @Test
  void aHyphenatedNameStaysWholeWhenItsPartsAreNotNames() {
    Resolved r = Resolved.read(TaggedText.of(
        "Rolls/NNP/O ~-/HYPH/O ~Royce/NNP/O cut/VBD jobs/NNS ./."));

    assertThat(r.named("Rolls-Royce").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void organisationNamesInTitleCaseAreKeptWhole() {
    Resolved r = Resolved.read(TaggedText.of(
        "She/PRP joined/VBD the/DT Green/NNP/O Alliance/NNP/O For/IN The/DT Future/NNP last/JJ year/NN ./."));

    assertThat(r.namesOf(EntityType.ORGANIZATION)).containsExactly("Green Alliance For The Future");
  }

  @Test
  void untaggedPhrasesEndingInAnOrganisationWordAreOrganisations() {
    Resolved r = Resolved.read(TaggedText.of(
        "The/DT Transport/NNP Ministry/NNP and/CC the/DT Bank/NNP of/IN Lagos/NNP/L declined/VBD ./."));

    assertThat(r.namesOf(EntityType.ORGANIZATION)).contains("Transport Ministry");
  }

  @Test
  void nationalitiesAreNorpAndPlacesComeFromTheGazetteer() {
    Resolved r = Resolved.read(TaggedText.of(
        "Kenyan/JJ/M President/NNP William/NNP/P Mwangi/NNP/P visited/VBD Canada/NNP ./.",
        "Democrats/NNPS criticised/VBD the/DT Canadians/NNPS/M ./."));

    assertThat(r.named("Kenyan").type()).isEqualTo(EntityType.NORP);
    assertThat(r.named("Canada").type()).isEqualTo(EntityType.LOCATION);
    assertThat(r.named("Democrats").type()).isEqualTo(EntityType.NORP);
    assertThat(Resolved.mentions(r.named("Canadian"))).containsExactly("Canadians");
  }

  @Test
  void anAcronymInBracketsNamesTheOrganisationBeforeIt() {
    Resolved r = Resolved.read(TaggedText.of(
        "The/DT National/NNP/O Farmers/NNP/O Union/NNP/O (/-LRB- NFU/NNP )/-RRB- protested/VBD ./.",
        "The/DT NFU/NNP/O wants/VBZ subsidies/NNS ./."));

    assertThat(Resolved.mentions(r.named("National Farmers Union")))
        .containsExactly("National Farmers Union", "NFU", "NFU");
  }

  @Test
  void countriesKnownByManyNamesAreOnePlace() {
    Resolved r = Resolved.read(TaggedText.of(
        "The/DT United/NNP/L States/NNP/L and/CC Britain/NNP/L agreed/VBD ./.",
        "America/NNP/L and/CC the/DT UK/NNP/L signed/VBD ;/: US/NNP/L officials/NNS cheered/VBD ./."));

    assertThat(Resolved.mentions(r.named("United States"))).containsExactly("United States", "America", "US");
    assertThat(Resolved.mentions(r.named("United Kingdom"))).containsExactly("Britain", "UK");
  }

  @Test
  void lowerCaseModifiersAndOrganisationWordsAreTakenOutOfOtherNames() {
    Resolved r = Resolved.read(TaggedText.of(
        "The/DT youngest/JJS/O Harbour/NNP/O Council/NNP/O member/NN joined/VBD ./.",
        "The/DT Lena/NNP/P Marsh/NNP/P Foundation/NNP/P paid/VBD ;/: the/DT interior/NN/O ministry/NN/O agreed/VBD ./."));

    assertThat(r.namesOf(EntityType.ORGANIZATION))
        .containsExactly("Harbour Council", "Lena Marsh Foundation", "interior ministry");
    assertThat(r.namesOf(EntityType.PERSON)).isEmpty();
  }

  @Test
  void anAbbreviationWhoseFullStopEndsTheSentenceIsStillThePlace() {
    Resolved r = Resolved.read(TaggedText.of(
        "Exports/NNS to/TO the/DT U.S./NNP/L rose/VBD ./.",
        "Imports/NNS came/VBD from/IN the/DT U.S/NNP/L ~./."));

    assertThat(Resolved.mentions(r.named("United States"))).containsExactly("U.S.", "U.S");
  }

  @Test
  void anEntityIsNamedByItsFullestFormNotByACapitalisedDateline() {
    Resolved r = Resolved.read(TaggedText.of(
        "[/-LRB- NAIROBI/NNP/L ]/-RRB- Officials/NNS in/IN Nairobi/NNP/L met/VBD ./."));

    assertThat(Resolved.mentions(r.named("Nairobi"))).containsExactly("NAIROBI", "Nairobi");
  }

  @Test
  void aDatelineInCapitalsIsAPlace() {
    Resolved r = Resolved.read(TaggedText.of(
        "OSLO/NNP/O (/-LRB- Reuters/NNP/O )/-RRB- -/: Shares/NNS fell/VBD in/IN Oslo/NNP/L ./."));

    assertThat(r.named("Oslo").type()).isEqualTo(EntityType.LOCATION);
    assertThat(Resolved.mentions(r.named("Oslo"))).containsExactly("OSLO", "Oslo");
    assertThat(r.named("Reuters").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void aPersonIsTakenOutOfATitleTheTaggerCalledAnOrganisation() {
    Resolved r = Resolved.read(TaggedText.of(
        "US/NNP/O Trade/NNP/O Representative/NNP/O Karen/NNP/O Miles/NNP/O spoke/VBD ./.",
        "Miles/NNP said/VBD no/DT ;/: ships/NNS crossed/VBD Prince/NNP/L William/NNP/L Sound/NNP/L ./."));

    Entity miles = r.named("Karen Miles");
    assertThat(Resolved.mentions(miles)).containsExactly("Karen Miles", "Miles");
    assertThat(Resolved.roles(miles)).containsExactly("US Trade Representative");
    assertThat(r.named("United States").type()).isEqualTo(EntityType.LOCATION);
    assertThat(r.named("Prince William Sound").type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void anAcronymJoinedByAHyphenIsSplitWhenItStandsForAnOrganisationOfTheText() {
    Resolved r = Resolved.read(TaggedText.of(
        "The/DT European/NNP/O Union/NNP/O met/VBD ./.",
        "The/DT EU/NNP/M ~-/HYPH/M ~US/NNP/M talks/NNS resumed/VBD ./."));

    assertThat(Resolved.mentions(r.named("European Union"))).containsExactly("European Union", "EU");
    assertThat(Resolved.mentions(r.named("United States"))).containsExactly("US");
  }

  @Test
  void anAcronymInBracketsJoinsItsOrganisationEvenWithOtherInitials() {
    Resolved r = Resolved.read(TaggedText.of(
        "The/DT Social/NNP/O Democratic/NNP/O Party/NNP/O (/-LRB- SPD/NNP/O )/-RRB- won/VBD ./.",
        "SPD/NNP/O leaders/NNS cheered/VBD ./."));

    assertThat(Resolved.mentions(r.named("Social Democratic Party")))
        .containsExactly("Social Democratic Party", "SPD", "SPD");
  }

  @Test
  void badInputGivesNoEntitiesAndNoError() {
    assertThat(Resolved.read(TaggedText.of("./.")).entities()).isEmpty();
    assertThat(Resolved.read(TaggedText.of("Mr/NNP")).entities()).isEmpty();
    assertThat(Resolved.read(TaggedText.of("-/HYPH/P ~-/HYPH/P")).entities()).isEmpty();
    assertThat(Resolved.read(new org.newsgraph.nlp.text.TextAnalysis("", java.util.List.of())).entities())
        .isEmpty();
  }
}
