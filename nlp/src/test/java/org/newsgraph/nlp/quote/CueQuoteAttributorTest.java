package org.newsgraph.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Mention;
import org.newsgraph.core.Quote;
import org.newsgraph.core.QuoteKind;
import org.newsgraph.nlp.SharedAnalyzer;

class CueQuoteAttributorTest {

  private final QuoteAttributor attributor = new CueQuoteAttributor();

  private List<Quote> read(String text) {
    return read(text, List.of());
  }

  private List<Quote> read(String text, List<Entity> entities) {
    List<Quote> quotes = attributor.attribute(SharedAnalyzer.get().analyze(text), entities);
    for (Quote q : quotes) {
      assertThat(q.isGroundedIn(text)).as("quote %s grounded", q).isTrue();
      if (q.cue() != null) {
        assertThat(q.cue().isGroundedIn(text)).as("cue of %s grounded", q).isTrue();
      }
      if (q.speaker() != null) {
        assertThat(q.speaker().end()).isLessThanOrEqualTo(text.length());
      }
    }
    return quotes;
  }

  private static Quote quoteStarting(List<Quote> quotes, String prefix) {
    return quotes.stream().filter(q -> q.text().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote starting with '" + prefix + "' in " + quotes));
  }

  private static String speakerText(String text, Quote q) {
    return q.speaker() == null ? null : text.substring(q.speaker().start(), q.speaker().end());
  }

  @Test
  void quoteSplitByItsCueKeepsBothPartsAndTheSentenceAfter() {
    String text = "“The levee will not hold another storm,” Ms Okafor said in an interview. "
        + "“We have warned the council for years. That would be a disaster.”";
    List<Quote> quotes = read(text);

    Quote first = quoteStarting(quotes, "The levee");
    assertThat(first.text()).isEqualTo("The levee will not hold another storm");
    assertThat(first.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(speakerText(text, first)).isEqualTo("Ms Okafor");
    assertThat(first.cue().text()).isEqualTo("said");
    Quote second = quoteStarting(quotes, "We have warned");
    assertThat(second.text()).endsWith("That would be a disaster.");
    assertThat(speakerText(text, second)).isEqualTo("Ms Okafor");
    assertThat(second.cue()).isEqualTo(first.cue());
  }

  @Test
  void quoteParagraphWithoutCueContinuesThePreviousSpeaker() {
    String text = "\"We will appeal,\" said Daniel Reyes, a lawyer for the dockworkers' union.\n\n"
        + "\"The ruling ignores every piece of evidence we brought.\"";
    List<Quote> quotes = read(text);

    Quote first = quoteStarting(quotes, "We will appeal");
    assertThat(speakerText(text, first)).isEqualTo("Daniel Reyes");
    assertThat(first.speaker().name()).isEqualTo("Daniel Reyes");
    Quote next = quoteStarting(quotes, "The ruling");
    assertThat(next.speaker()).isEqualTo(first.speaker());
    assertThat(next.cue()).as("continues the attribution of the quote before").isEqualTo(first.cue());
  }

  @Test
  void cueBeforeTheQuote() {
    String text = "Mayor Linda Park told reporters: \"The budget is balanced for the first time in a decade.\"";
    Quote q = quoteStarting(read(text), "The budget");

    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(speakerText(text, q)).isEqualTo("Linda Park");
    assertThat(q.cue().text()).isEqualTo("told reporters");
  }

  @Test
  void cueVerbsAfterTheQuote() {
    String text = "\"Prices will fall by spring,\" Mr Haddad added.\n\n"
        + "\"The strike is over,\" union leader Carla Mendes wrote on social media.\n\n"
        + "\"Nobody saw this coming,\" the ministry said in a statement.";
    List<Quote> quotes = read(text);

    assertThat(speakerText(text, quoteStarting(quotes, "Prices"))).isEqualTo("Mr Haddad");
    assertThat(quoteStarting(quotes, "Prices").cue().text()).isEqualTo("added");
    assertThat(speakerText(text, quoteStarting(quotes, "The strike"))).isEqualTo("Carla Mendes");
    assertThat(quoteStarting(quotes, "The strike").cue().text()).isEqualTo("wrote");
    assertThat(speakerText(text, quoteStarting(quotes, "Nobody"))).isEqualTo("the ministry");
  }

  @Test
  void invertedCueWithApposition() {
    String text = "\"We need more nurses on every ward,\" said Tomas Berg, a councillor with the Green Party. "
        + "\"The hospital cannot wait another year.\"";
    List<Quote> quotes = read(text);

    assertThat(speakerText(text, quoteStarting(quotes, "We need"))).isEqualTo("Tomas Berg");
    assertThat(speakerText(text, quoteStarting(quotes, "The hospital"))).isEqualTo("Tomas Berg");
  }

  @Test
  void reportedClauseHoldingAQuotedFragmentIsOnePartialQuote() {
    String text = "Amara Diallo, who leads the health ministry, said the government feared "
        + "\"a second wave worse than the first\" before winter. It would be \"the worst outcome,\" Ms Diallo said.";
    List<Quote> quotes = read(text);

    Quote wave = quoteStarting(quotes, "the government feared");
    assertThat(wave.text()).isEqualTo("the government feared \"a second wave worse than the first\" before winter");
    assertThat(wave.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(speakerText(text, wave)).isEqualTo("Amara Diallo");
    Quote outcome = quoteStarting(quotes, "the worst outcome");
    assertThat(outcome.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(speakerText(text, outcome)).isEqualTo("Ms Diallo");
  }

  @Test
  void reportedSpeech() {
    String text = "Finance minister Oskar Lind told parliament on Tuesday that the deficit would shrink next year. "
        + "Exports rose by a fifth in March, according to the statistics office. "
        + "The central bank said inflation had peaked.";
    List<Quote> quotes = read(text);

    Quote told = quoteStarting(quotes, "the deficit");
    assertThat(told.kind()).isEqualTo(QuoteKind.REPORTED);
    assertThat(told.text()).isEqualTo("the deficit would shrink next year");
    assertThat(speakerText(text, told)).isEqualTo("Oskar Lind");
    assertThat(told.cue().text()).isEqualTo("told parliament");
    Quote according = quoteStarting(quotes, "Exports rose");
    assertThat(according.text()).isEqualTo("Exports rose by a fifth in March");
    assertThat(according.cue().text()).isEqualTo("according to");
    assertThat(speakerText(text, according)).isEqualTo("the statistics office");
    Quote bank = quoteStarting(quotes, "inflation");
    assertThat(speakerText(text, bank)).isEqualTo("The central bank");
  }

  @Test
  void reportedClauseWithoutThatMayHoldRelativeClausesAndInfinitives() {
    String text = "She said parents who adopt would not be eligible for the grant. "
        + "The mayor says plans to widen the ring road aren't worth the paper they are printed on. "
        + "But he says that doesn't mean the tunnel is dead.";
    List<Quote> quotes = read(text);

    assertThat(quoteStarting(quotes, "parents who adopt").text())
        .isEqualTo("parents who adopt would not be eligible for the grant");
    assertThat(speakerText(text, quoteStarting(quotes, "plans to widen"))).isEqualTo("The mayor");
    assertThat(quoteStarting(quotes, "that doesn't mean").text()).isEqualTo("that doesn't mean the tunnel is dead");
  }

  @Test
  void reportedClauseEndsWhereTheNextCueBegins() {
    String text = "Nadia Sorensen said demand for heat pumps had doubled, though she noted prices were still high. "
        + "Most voters said taxes were too high and a third said services had got worse.";
    List<Quote> quotes = read(text);

    assertThat(quoteStarting(quotes, "demand for").text()).isEqualTo("demand for heat pumps had doubled");
    assertThat(quoteStarting(quotes, "prices were").text()).isEqualTo("prices were still high");
    assertThat(quoteStarting(quotes, "taxes were").text()).isEqualTo("taxes were too high");
    assertThat(speakerText(text, quoteStarting(quotes, "services had"))).isEqualTo("a third");
  }

  @Test
  void cuesOfPointingOutExpressingAndLamenting() {
    String text = "The auditor pointed out that the accounts had not been signed. "
        + "Farmers expressed frustration with the new rules. "
        + "The coach lamented the lack of practice time.";
    List<Quote> quotes = read(text);

    assertThat(quoteStarting(quotes, "the accounts").cue().text()).isEqualTo("pointed out");
    assertThat(speakerText(text, quoteStarting(quotes, "frustration"))).isEqualTo("Farmers");
    assertThat(speakerText(text, quoteStarting(quotes, "the lack"))).isEqualTo("The coach");
  }

  @Test
  void stanceVerbAfterAQuotationIsItsCue() {
    String text = "\"Why was nobody told?\" the inspector demanded.";
    Quote q = quoteStarting(read(text), "Why was nobody");

    assertThat(speakerText(text, q)).isEqualTo("the inspector");
    assertThat(q.cue().text()).isEqualTo("demanded");
  }

  @Test
  void relativePronounIsTheSpeakerSpanAndNamesItsAntecedent() {
    String text = "The plan was backed by Rosa Elling, who said the port needed a second crane.";
    Quote q = quoteStarting(read(text), "the port needed");

    assertThat(speakerText(text, q)).isEqualTo("who");
    assertThat(q.speaker().name()).isEqualTo("Rosa Elling");
  }

  @Test
  void participlesAndLaterVerbsTakeTheSubjectOfTheirClause() {
    String text = "Lena Ortiz called the deal \"a disgrace\" and said the vote was rushed. "
        + "The union pointed to the new rota, noting that overtime had fallen. "
        + "In rejecting the appeal, the tribunal said the dismissal was fair. "
        + "Some warned that the ferry would be late.";
    List<Quote> quotes = read(text);

    assertThat(speakerText(text, quoteStarting(quotes, "the vote was"))).isEqualTo("Lena Ortiz");
    assertThat(speakerText(text, quoteStarting(quotes, "overtime"))).isEqualTo("The union");
    assertThat(speakerText(text, quoteStarting(quotes, "the appeal"))).isEqualTo("the tribunal");
    assertThat(speakerText(text, quoteStarting(quotes, "the ferry"))).isEqualTo("Some");
  }

  @Test
  void openingAccordingToWithALongSourceAndStatementsReleasedBySomeone() {
    String text = "According to early results of a survey conducted for the city council, most residents "
        + "want a new library. The mayor said in a statement released by her office the building would "
        + "open in May. The ministry asked the utilities to cut prices.";
    List<Quote> quotes = read(text);

    assertThat(quoteStarting(quotes, "most residents").cue().text()).isEqualTo("According to");
    assertThat(speakerText(text, quoteStarting(quotes, "the building would"))).isEqualTo("The mayor");
    assertThat(quoteStarting(quotes, "to cut prices").cue().text()).isEqualTo("asked the utilities");
  }

  @Test
  void timeAfterACueIsNoContent() {
    String text = "''Everyone should publish them,'' Joan Whitby, an auditor, told me this week.";
    Quote q = quoteStarting(read(text), "Everyone");

    assertThat(speakerText(text, q)).isEqualTo("Joan Whitby");
    assertThat(read(text)).hasSize(1);
  }

  @Test
  void headlineNamingItsSourceAndSharesOfPeopleAsSpeakers() {
    String text = "Harbour board: New cranes will double the port's capacity.\n\n"
        + "Update: The road is closed.\n\n"
        + "Four in 10 said the ferry was too expensive.";
    List<Quote> quotes = read(text);

    assertThat(speakerText(text, quoteStarting(quotes, "New cranes"))).isEqualTo("Harbour board");
    assertThat(quotes).noneSatisfy(q -> assertThat(q.text()).startsWith("The road"));
    assertThat(speakerText(text, quoteStarting(quotes, "the ferry"))).isEqualTo("Four in 10");
  }

  @Test
  void nounsOfSayingWithAPossessiveSource() {
    String text = "Mr Varga met the press on Monday. His claim that the bridge was unsafe drew criticism. "
        + "The council's view that rents must fall is popular.";
    List<Quote> quotes = read(text);

    Quote claim = quoteStarting(quotes, "the bridge");
    assertThat(claim.text()).isEqualTo("the bridge was unsafe");
    assertThat(speakerText(text, claim)).isEqualTo("His");
    assertThat(claim.speaker().name()).isEqualTo("Mr Varga");
    assertThat(speakerText(text, quoteStarting(quotes, "rents must fall"))).isEqualTo("The council");
  }

  @Test
  void subordinateClauseEndsBeforeTheMainClause() {
    String text = "Though she called the merger a mistake and called for an inquiry, the minister approved the deal.";
    List<Quote> quotes = read(text);

    assertThat(quoteStarting(quotes, "an inquiry").text()).isEqualTo("an inquiry");
    assertThat(quoteStarting(quotes, "the merger").text()).isEqualTo("the merger a mistake");
  }

  @Test
  void organisationAndMediaSpeakers() {
    String text = "Relations soured further, with state television still airing segments denouncing "
        + "the neighbours as \"thieves and liars,\" among other insults.\n\n"
        + "\"The talks are suspended,\" the White House said in a statement.";
    List<Quote> quotes = read(text);

    Quote thieves = quoteStarting(quotes, "the neighbours as");
    assertThat(thieves.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(speakerText(text, thieves)).isEqualTo("state television");
    assertThat(speakerText(text, quoteStarting(quotes, "The talks"))).isEqualTo("the White House");
  }

  @Test
  void pronounSpeakerResolvesToTheEntityOfTheNearestPerson() {
    String text = "Senator Maria Lopez spoke after the vote. \"This is a good day for farmers,\" she said.";
    int start = text.indexOf("Maria Lopez");
    Entity lopez = new Entity("e1", EntityType.PERSON, "Maria Lopez",
        List.of(new Mention("Maria Lopez", start, start + "Maria Lopez".length())), List.of());
    Quote q = quoteStarting(read(text, List.of(lopez)), "This is");

    assertThat(speakerText(text, q)).isEqualTo("she");
    assertThat(q.speaker().entity()).isEqualTo("e1");
    assertThat(q.speaker().name()).isEqualTo("Maria Lopez");
  }

  @Test
  void pronounPassesOverPeopleOfTheOtherGender() {
    String text = "Mr Okoye met Ms Brandt in Lagos. \"We found common ground,\" she said.";
    Quote q = quoteStarting(read(text), "We found");

    assertThat(speakerText(text, q)).isEqualTo("she");
    assertThat(q.speaker().name()).isEqualTo("Ms Brandt");
  }

  @Test
  void speakerTakesTheEntityWhoseMentionOverlapsIt() {
    String text = "\"Our factories are running at full speed,\" said Chief Executive Ines Romero.";
    int start = text.indexOf("Ines Romero");
    Entity romero = new Entity("e7", EntityType.PERSON, "Ines Maria Romero",
        List.of(new Mention("Ines Romero", start, start + "Ines Romero".length())), List.of());
    Quote q = quoteStarting(read(text, List.of(romero)), "Our factories");

    assertThat(q.speaker().entity()).isEqualTo("e7");
    assertThat(q.speaker().name()).isEqualTo("Ines Maria Romero");
  }

  @Test
  void scareQuotesAndQuotedTitlesAreLeftOut() {
    String text = "The tariffs were imposed on \"national security\" grounds after the film 'Silent Harbour' opened.";
    assertThat(read(text)).isEmpty();
  }

  @Test
  void unbalancedQuoteRunsToTheEndOfItsParagraphOnly() {
    String text = "\"The port will reopen next week, said the harbour master.\n\n"
        + "Shipping firms said they expected delays.";
    List<Quote> quotes = read(text);

    assertThat(quotes).anySatisfy(q -> assertThat(q.text()).startsWith("The port will reopen")
        .doesNotContain("Shipping"));
    assertThat(quotes).anySatisfy(q -> assertThat(q.text()).isEqualTo("they expected delays"));
  }

  @Test
  void emptyAndQuoteOnlyTextsGiveNothing() {
    assertThat(read("")).isEmpty();
    assertThat(read("\"\"")).isEmpty();
    assertThat(read("“")).isEmpty();
  }

  @Test
  void idsFollowTextOrder() {
    String text = "Officials said the bridge was safe. \"It is perfectly sound,\" the engineer said.";
    List<Quote> quotes = read(text);

    assertThat(quotes).extracting(Quote::id).containsExactly("q1", "q2");
    assertThat(quotes.get(0).start()).isLessThan(quotes.get(1).start());
  }

  @Test
  void signedQuotationAndTitledSpeaker() {
    String text = "“The new park changed our street.” ― Hannah Vogel\n\n"
        + "Secretary of Transport Peter Ilves said the line would open in May.";
    List<Quote> quotes = read(text);

    assertThat(speakerText(text, quoteStarting(quotes, "The new park"))).isEqualTo("Hannah Vogel");
    assertThat(speakerText(text, quoteStarting(quotes, "the line would open"))).isEqualTo("Peter Ilves");
  }

  @Test
  void transcriptLabelsAttributeTheirParagraphs() {
    String text = "HOST: Will the plant close this year?\n\nMARTIN: No. We have orders until 2030.\n\n"
        + "HOST: And after that?\n\nMARTIN: We will see.";
    List<Quote> quotes = read(text);

    assertThat(speakerText(text, quoteStarting(quotes, "No. We have orders"))).isEqualTo("MARTIN");
    assertThat(speakerText(text, quoteStarting(quotes, "Will the plant"))).isEqualTo("HOST");
  }
}
