package org.newsgraph.index.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.testkit.SummitStories;

class MinHashTest {

  private static final String OTHER =
      "The city library will close for renovation in June, the mayor told residents on Thursday,"
          + " and books can be borrowed from the school on Elm Street until it reopens next year.";

  @Test
  void aCopyWithALineAddedIsNearAndAnotherStoryIsFar() {
    long[] wire = MinHash.signature(SummitStories.WIRE_TEXT);
    long[] copy = MinHash.signature(SummitStories.WIRE_TEXT + " Reporting by the wire desk.");
    assertThat(MinHash.similarity(wire, wire)).isEqualTo(1.0);
    assertThat(MinHash.similarity(wire, copy)).isGreaterThan(StoryClusters.THRESHOLD);
    assertThat(MinHash.similarity(wire, MinHash.signature(OTHER))).isLessThan(0.1);
  }

  @Test
  void caseAndPunctuationDoNotMatter() {
    assertThat(MinHash.signature("The Board said: no."))
        .isEqualTo(MinHash.signature("the board SAID no"));
  }

  @Test
  void clustersJoinTheStoryOfTheMostSimilarEarlierArticle() {
    StoryClusters clusters = new StoryClusters();
    assertThat(clusters.place("a", MinHash.signature(SummitStories.WIRE_TEXT))).isEqualTo("a");
    assertThat(clusters.place("b", MinHash.signature(OTHER))).isEqualTo("b");
    assertThat(clusters.place("c", MinHash.signature("Update: " + SummitStories.WIRE_TEXT)))
        .isEqualTo("a");
    assertThat(clusters.place("b", MinHash.signature(SummitStories.WIRE_TEXT))).isEqualTo("b");
  }
}
