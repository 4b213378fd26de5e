package org.newsgraph.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.newsgraph.core.Entity;
import org.newsgraph.core.Role;
import org.newsgraph.nlp.SharedAnalyzer;

/** Roles from titles, appositions and relative clauses, in invented news sentences. */
class RoleFinderTest {

  private static Resolved read(String text) {
    return Resolved.read(SharedAnalyzer.get().analyze(text));
  }

  @Test
  void aTitleBeforeTheNameIsARole() {
    Resolved r = read("Brazilian Finance Minister Ana Ribeiro met German Chancellor Klaus Vogel in"
        + " Lisbon, and Kenyan opposition leader Peter Kamau joined them.");

    assertThat(Resolved.roles(r.named("Ana Ribeiro"))).containsExactly("Brazilian Finance Minister");
    assertThat(Resolved.roles(r.named("Klaus Vogel"))).containsExactly("German Chancellor");
    assertThat(Resolved.roles(r.named("Peter Kamau"))).containsExactly("Kenyan opposition leader");
  }

  @Test
  void aCapitalisedTitleWithOfIsOneRole() {
    Resolved r = read("The talks were led by Canadian Minister of Trade Louise Martin.");

    assertThat(Resolved.roles(r.named("Louise Martin"))).containsExactly("Canadian Minister of Trade");
  }

  @Test
  void formerInATitleMarksItPast() {
    Resolved r = read("Former deputy Indian trade negotiator Ravi Menon said the deal was fair.");

    assertThat(r.named("Ravi Menon").roles())
        .extracting(Role::text, Role::former)
        .containsExactly(tuple("Former deputy Indian trade negotiator", true));
  }

  @Test
  void anAppositionWithARoleNounIsARole() {
    Resolved r = read("\"We will not retreat,\" said Lena Fischer, a teacher-turned activist with the"
        + " Green Future movement.");

    assertThat(Resolved.roles(r.named("Lena Fischer")))
        .containsExactly("teacher-turned activist with the Green Future movement");
  }

  @Test
  void theYOfZIsARole() {
    Resolved r = read("Omar Haddad, the head of the Jordanian water authority, resigned on Monday.");

    assertThat(Resolved.roles(r.named("Omar Haddad")))
        .containsExactly("head of the Jordanian water authority");
  }

  @Test
  void twoRolesJoinedByAndAreTwoRolesEachWithItsOwnTense() {
    Resolved r = read("\"The budget is a mistake,\" said Sara Lindqvist, a former deputy mayor of"
        + " Malmo and councillor for the opposition Social Democratic Party.");

    assertThat(r.named("Sara Lindqvist").roles())
        .extracting(Role::text, Role::former)
        .containsExactly(
            tuple("former deputy mayor of Malmo", true),
            tuple("councillor for the opposition Social Democratic Party", false));
  }

  @Test
  void aRelativeClauseInThePastGivesAFormerRoleWithoutItsTimePhrase() {
    Resolved r = read("Hiroshi Tanaka, who served as Japan's ambassador to the United Nations more"
        + " than a decade ago, said the plan would fail.");

    assertThat(r.named("Hiroshi Tanaka").roles())
        .extracting(Role::text, Role::former)
        .containsExactly(tuple("Japan's ambassador to the United Nations", true));
  }

  @Test
  void aRelativeClauseInThePresentGivesACurrentRole() {
    Resolved r = read("Maria Costa, who is the chief economist at Banco Atlantico, expects a cut.");

    assertThat(r.named("Maria Costa").roles())
        .extracting(Role::text, Role::former)
        .containsExactly(tuple("chief economist at Banco Atlantico", false));
  }

  @Test
  void aRoleBeforeTheNameSetOffByCommasIsARole() {
    Resolved r = read("Shares of Nordlys fell. Its chief executive, Ingrid Dahl, declined to comment.");

    assertThat(Resolved.roles(r.named("Ingrid Dahl"))).containsExactly("chief executive");
  }

  @Test
  void anAdverbAfterTheVerbOfARelativeClauseIsNoObstacle() {
    Resolved r = read("Paul Weber, who was previously head of the Bavarian police, retired.");

    assertThat(r.named("Paul Weber").roles())
        .extracting(Role::text, Role::former)
        .containsExactly(tuple("head of the Bavarian police", true));
  }

  @Test
  void anAppositionWithoutARoleNounIsNoRole() {
    Resolved r = read("Tom Baker, one of the few people who saw the crash, spoke to police.");

    Entity baker = r.named("Tom Baker");
    assertThat(baker.roles()).isEmpty();
  }

  @Test
  void aRoleIsGivenOnceThoughTheTextRepeatsIt() {
    Resolved r = read("Health Minister Joan Okoro spoke. Later, Health Minister Joan Okoro left.");

    assertThat(Resolved.roles(r.named("Joan Okoro"))).containsExactly("Health Minister");
  }
}
