package org.newsgraph.nlp.depparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.SharedAnalyzer;
import org.newsgraph.nlp.text.Sentence;
import org.newsgraph.nlp.text.TextAnalysis;

class TransitionParserTest {

  private static TransitionParser parser;
  private static List<Sentence> sentences;

  @BeforeAll
  static void load() throws IOException {
    parser = TransitionParser.load(TransitionParser.ENGLISH_UD);
    try (InputStream in = TransitionParserTest.class.getResourceAsStream("/depparse/sentences.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      TextAnalysis analysis = SharedAnalyzer.get().analyze(text);
      sentences = analysis.sentences();
    }
  }

  /**
   * Float arithmetic may tip a near tie between two transitions the other way, so a few arcs
   * may differ; a wrong feature or transition would change most sentences.
   */
  @Test
  void buildsTheArcsOfCoreNlpsParserWithTheSameModel() {
    DependencyParser reference = DependencyParser.loadFromModelFile(TransitionParser.ENGLISH_UD);
    assertThat(sentences).hasSizeGreaterThan(30);
    int arcs = 0;
    int agreeing = 0;
    int identicalSentences = 0;
    for (Sentence sentence : sentences) {
      DependencyArcs ours = parser.parse(sentence);
      int same = ours.sameArcs(CoreNlpParses.parse(reference, sentence));
      arcs += ours.heads().length;
      agreeing += same;
      identicalSentences += same == ours.heads().length ? 1 : 0;
    }
    assertThat(agreeing).as("arcs agreeing of %d", arcs).isGreaterThanOrEqualTo((int) (0.99 * arcs));
    assertThat(identicalSentences).isGreaterThanOrEqualTo(sentences.size() - 1);
  }

  @Test
  void readsTheSubjectAndObjectOfASimpleClause() {
    DependencyArcs arcs = parser.parse(
        List.of("Police", "arrested", "two", "men", "."), List.of("NNS", "VBD", "CD", "NNS", "."));
    assertThat(arcs.heads()).containsExactly(1, -1, 3, 1, 1);
    assertThat(arcs.labels()).containsExactly("nsubj", "root", "nummod", "obj", "punct");
  }

  @Test
  void parsesAOneWordSentenceAsItsRoot() {
    DependencyArcs arcs = parser.parse(List.of("Rain"), List.of("NN"));
    assertThat(arcs.heads()).containsExactly(-1);
    assertThat(arcs.labels()).containsExactly("root");
  }

  @Test
  void refusesWordsWithoutATagEach() {
    assertThatThrownBy(() -> parser.parse(List.of("Police", "arrested"), List.of("NNS")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 words but 1 tags");
  }

  @Test
  void namesAModelThatIsNotThere() {
    assertThatThrownBy(() -> TransitionParser.load("models/missing.gz"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("models/missing.gz");
  }

  @Test
  void readsUnknownWordsAndTagsWithoutFailing() {
    DependencyArcs arcs = parser.parse(List.of("Zqxv", "blorfed", "."), List.of("XX", "VBD", "."));
    assertThat(Arrays.stream(arcs.heads()).filter(h -> h == -1).count()).isEqualTo(1);
  }



}
