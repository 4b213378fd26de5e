package org.newsgraph.nlp.postag;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.SharedAnalyzer;
import org.newsgraph.nlp.corenlp.CoreNlpAnalyzer;
import org.newsgraph.nlp.text.Sentence;
import org.newsgraph.nlp.text.Token;

class MaxentPosTaggerTest {

  private static MaxentPosTagger ours;
  private static MaxentTagger theirs;
  private static String text;
  private static List<List<CoreLabel>> sentences;

  @BeforeAll
  static void load() throws IOException {
    ours = MaxentPosTagger.load(MaxentPosTagger.ENGLISH);
    theirs = new MaxentTagger(MaxentPosTagger.ENGLISH);
    try (InputStream in = MaxentPosTaggerTest.class.getResourceAsStream("/postag/sentences.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Annotation document = new Annotation(text);
    new StanfordCoreNLP(CoreNlpAnalyzer.tokenizing()).annotate(document);
    sentences = new ArrayList<>();
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      sentences.add(sentence.get(CoreAnnotations.TokensAnnotation.class));
    }
  }

  @Test
  void givesTheTagsOfCoreNlpsTaggerWithTheSameModel() {
    assertThat(sentences).hasSizeGreaterThan(10);
    for (List<CoreLabel> sentence : sentences) {
      assertThat(ours.tag(words(sentence))).as("%s", words(sentence))
          .isEqualTo(coreNlpTags(sentence));
    }
  }

  @Test
  void tagsAWordByItsContext() {
    assertThat(ours.tag(List.of("I", "can", "swim", ".")).get(1)).isEqualTo("MD");
    assertThat(ours.tag(List.of("Open", "a", "can", "of", "beans", ".")).get(2)).isEqualTo("NN");
  }

  @Test
  void anEmptySentenceHasNoTags() {
    assertThat(ours.tag(List.of())).isEmpty();
  }

  @Test
  void theAnalyzerTagsAsCoreNlpsTagger() {
    List<Sentence> analysed = SharedAnalyzer.get().analyze(text).sentences();
    assertThat(analysed).hasSameSizeAs(sentences);
    for (int s = 0; s < analysed.size(); s++) {
      List<String> tags = analysed.get(s).tokens().stream().map(Token::pos).toList();
      assertThat(tags).isEqualTo(coreNlpTags(sentences.get(s)));
    }
  }

  private static List<String> words(List<CoreLabel> sentence) {
    return sentence.stream().map(CoreLabel::word).toList();
  }

  private static List<String> coreNlpTags(List<CoreLabel> sentence) {
    return theirs.tagSentence(sentence).stream().map(TaggedWord::tag).toList();
  }
}
