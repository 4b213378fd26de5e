package org.newsgraph.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.core.EntityType;
import org.newsgraph.nlp.SharedAnalyzer;

/** Names, descriptions and pronouns that refer to one entity, in invented news stories. */
class ReferenceTest {

  private static Resolved read(String text) {
    return Resolved.read(SharedAnalyzer.get().analyze(text));
  }

  @Test
  void shorterNamesAndHonorificsJoinTheFullNameEarlierOrLater() {
    Resolved r = read("Mr Okonkwo arrived first. Nigerian Finance Minister Ngozi Okonkwo then met"
        + " Ms Adeyemi, and Okonkwo said the budget was safe. Folake Adeyemi disagreed.");

    assertThat(Resolved.mentions(r.named("Ngozi Okonkwo")))
        .containsExactly("Mr Okonkwo", "Ngozi Okonkwo", "Okonkwo");
    assertThat(Resolved.mentions(r.named("Folake Adeyemi"))).containsExactly("Ms Adeyemi", "Folake Adeyemi");
  }

  @Test
  void aSharedSurnameGoesToTheNearestEarlierBearer() {
    Resolved r = read("Anna Berg and her brother Erik Berg run the farm. Anna Berg spoke first."
        + " Later Erik Berg arrived, and Berg said the harvest was poor.");

    assertThat(Resolved.mentions(r.named("Erik Berg"))).endsWith("Berg");
    assertThat(Resolved.mentions(r.named("Anna Berg"))).doesNotContain("Berg");
  }

  @Test
  void aDescriptionThatFitsOneEarlierRoleRefersToItsPerson() {
    Resolved r = read("French President Claire Dubois met Italian Prime Minister Marco Russo in"
        + " Rome. The talks went well, according to the French president.");

    assertThat(Resolved.mentions(r.named("Claire Dubois"))).contains("the French president");
    assertThat(Resolved.mentions(r.named("Marco Russo"))).doesNotContain("the French president");
  }

  @Test
  void aDescriptionThatFitsTwoPeopleStaysUnresolved() {
    Resolved r = read("Finance Minister Ali Rahman met Finance Minister Jonas Berg in Oslo."
        + " The minister said little.");

    assertThat(r.mentioning("The minister")).isNull();
  }

  @Test
  void theCompanyIsTheOneCompanyMentionedBefore() {
    Resolved r = read("Shares of Nordlys Holdings rose 5 percent on Monday. The company said"
        + " profits doubled.");

    assertThat(r.mentioning("The company")).isNotNull();
    assertThat(r.mentioning("The company").name()).isEqualTo("Nordlys Holdings");
  }

  @Test
  void aPronounWithOneFittingPersonBeforeItRefersToThem() {
    Resolved r = read("Mr Sato told reporters on Monday that he would resign. Ms Ito said she"
        + " regretted it. Mr Sato thanked Ms Ito.");

    assertThat(Resolved.mentions(r.named("Sato"))).contains("he");
    assertThat(Resolved.mentions(r.named("Ito"))).contains("she");
  }

  @Test
  void aPronounWithTwoFittingPeopleStaysUnresolved() {
    Resolved r = read("Mr Sato met Mr Kato, and he said the meeting went well.");

    assertThat(r.mentioning("he")).isNull();
  }

  @Test
  void aPronounOpeningASentenceRefersToTheSubjectOfTheOneBefore() {
    Resolved r = read("Mr Sato criticised Mr Kato on Monday. He called the plan reckless.");

    assertThat(Resolved.mentions(r.named("Sato"))).contains("He");
  }

  @Test
  void aPronounOfTheOtherGenderIsNotResolved() {
    Resolved r = read("Mr Sato spoke on Monday. She was not convinced.");

    assertThat(r.mentioning("She")).isNull();
  }

  @Test
  void pronounsInsideQuotationsAreLeftAlone() {
    Resolved r = read("Mr Sato spoke on Monday. \"He never listens,\" Mr Sato said of his rival.");

    assertThat(Resolved.mentions(r.named("Sato"))).doesNotContain("He");
  }

  @Test
  void aReflexiveRefersToTheNearestFittingPersonInItsSentence() {
    Resolved r = read("When Mr Kato met Mr Sato, Ms Ito found herself outside.");

    assertThat(Resolved.mentions(r.named("Ito"))).contains("herself");
  }

  @Test
  void mediaNamedByTheirCountryAreAnOrganisation() {
    Resolved r = read("Chinese state media denounced the plan, and Chinese state media repeated it.");

    assertThat(r.named("Chinese state media").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(Resolved.mentions(r.named("Chinese state media"))).hasSize(2);
    assertThat(r.named("Chinese").type()).isEqualTo(EntityType.NORP);
  }

  @Test
  void entityIdsFollowTheOrderOfFirstMention() {
    Resolved r = read("Mr Sato visited Kenya. Later Ms Ito visited Peru.");

    assertThat(r.entities()).extracting(e -> e.id()).containsExactly("e1", "e2", "e3", "e4");
    assertThat(r.entities()).extracting(e -> e.name()).containsExactly("Sato", "Kenya", "Ito", "Peru");
  }
}
