package org.newsgraph.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.newsgraph.nlp.postag.MaxentPosTagger;

/**
 * CoreNLP's {@code pos} step done by our {@link MaxentPosTagger} over the same model: it needs
 * and provides what CoreNLP's own POS annotator does, so {@code lemma} and {@code ner} run after
 * it unchanged. A pipeline registers it with {@code customAnnotatorClass.NAME}; the model is
 * {@code NAME.model}, CoreNLP's default English model when unset.
 */
public final class PosTagAnnotator implements Annotator {

  private final MaxentPosTagger tagger;

  /** The constructor CoreNLP calls for a custom annotator. */
  public PosTagAnnotator(String name, Properties properties) {
    this.tagger = MaxentPosTagger.load(
        properties.getProperty(name + ".model", MaxentPosTagger.ENGLISH));
  }

  @Override
  public void annotate(Annotation annotation) {
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<String> words = new ArrayList<>(tokens.size());
      for (CoreLabel token : tokens) {
        words.add(token.word());
      }
      List<String> tags = tagger.tag(words);
      for (int i = 0; i < tokens.size(); i++) {
        tokens.get(i).set(CoreAnnotations.PartOfSpeechAnnotation.class, tags.get(i));
      }
    }
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(
        CoreAnnotations.TextAnnotation.class,
        CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.CharacterOffsetBeginAnnotation.class,
        CoreAnnotations.CharacterOffsetEndAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(CoreAnnotations.PartOfSpeechAnnotation.class);
  }
}
