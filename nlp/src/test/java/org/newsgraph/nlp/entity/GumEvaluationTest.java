package org.newsgraph.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.SharedAnalyzer;

class GumEvaluationTest {

  private static GumCorpus tiny() throws Exception {
    return GumCorpus.read(Path.of(GumEvaluationTest.class.getResource("gum").toURI()));
  }

  @Test
  void readsMentionsAndClosesCoreferenceLinksIntoClusters() throws Exception {
    GumCorpus corpus = tiny();

    assertThat(corpus.size()).isEqualTo(1);
    GumCorpus.Document document = corpus.documents().get(0);
    assertThat(document.name()).isEqualTo("GUM_news_tiny");
    assertThat(document.sentences()).hasSize(2);
    assertThat(document.mentions()).extracting(GumCorpus.Mention::from, GumCorpus.Mention::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, 2),
            org.assertj.core.groups.Tuple.tuple(3, 5),
            org.assertj.core.groups.Tuple.tuple(6, 7),
            org.assertj.core.groups.Tuple.tuple(9, 10));
    GumCorpus.Mention tanaka = document.mentions().get(0);
    GumCorpus.Mention he = document.mentions().get(2);
    assertThat(he.cluster()).isEqualTo(tanaka.cluster());
    assertThat(he.identity()).isEqualTo("Hiroshi_Tanaka");
    assertThat(document.mentions().get(1).identity()).isNull();
  }

  @Test
  void scoresClustersPairsPeopleAndPronouns() throws Exception {
    GumScore score = new GumEvaluation(SharedAnalyzer.get(), Resolved.resolver()).run(tiny(), () -> { });

    assertThat(score.documents()).isEqualTo(1);
    assertThat(score.namedClusters()).isEqualTo(2);
    assertThat(score.namedClustersMulti()).isEqualTo(1);
    assertThat(score.namedClustersWhole()).isEqualTo(1);
    assertThat(score.pairsGold()).isEqualTo(1);
    assertThat(score.pairsLinked()).isEqualTo(1);
    assertThat(score.personMentionsGold()).isEqualTo(3);
    assertThat(score.personMentionsFound()).isEqualTo(3);
    assertThat(score.pronounsGold()).isEqualTo(1);
    assertThat(score.pronounsRight()).isEqualTo(1);
    assertThat(GumScore.ratio(1, 0)).isZero();
  }
}
