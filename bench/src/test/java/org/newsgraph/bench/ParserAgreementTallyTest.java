package org.newsgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParserAgreementTallyTest {

  @Test
  void countsAcceptedAndIdenticalPagesAndListsTheFirstMismatches() {
    ParserAgreementTally tally = new ParserAgreementTally(2);
    tally.declined("<svg>");
    tally.accepted("a.html", null);
    tally.accepted("b.html", "at html[0]: tag name differs");
    tally.accepted("c.html", "at (root): quirks mode differs");
    tally.accepted("d.html", "at (root): location differs");
    tally.accepted("e.html", null);
    tally.declined("<svg>");
    tally.accepted("f.html", null);

    assertThat(tally.lines())
        .containsExactly(
            "pages: 8",
            "accepted by the fast path: 6 (75.0%)",
            "identical to jsoup's tree: 3 of 6 accepted (50.0%)",
            "mismatches: 3 (first 2 listed)",
            "  b.html: at html[0]: tag name differs",
            "  c.html: at (root): quirks mode differs",
            "given up: 2",
            "  2 <svg>");
  }

  @Test
  void aFastPathThatAcceptsNothingHasNoShareOfIdenticalPagesAndCountsItsReasons() {
    ParserAgreementTally tally = new ParserAgreementTally(20);
    tally.declined("template");
    tally.declined("<svg>");
    tally.declined("template");

    assertThat(tally.lines())
        .containsExactly(
            "pages: 3",
            "accepted by the fast path: 0 (0.0%)",
            "identical to jsoup's tree: 0 of 0 accepted (-)",
            "mismatches: 0",
            "given up: 3",
            "  2 template",
            "  1 <svg>");
  }
}
