package org.newsgraph.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.newsgraph.nlp.text.Analyzer;
import org.newsgraph.nlp.text.Sentence;
import org.newsgraph.nlp.text.TextAnalysis;
import org.newsgraph.nlp.text.Token;

/**
 * Tokens, sentences, parts of speech, lemmas and name tags from CoreNLP, the parts of speech
 * from CoreNLP's tagger model by our own {@link PosTagAnnotator} (the same tags, cheaper). Only
 * the CoNLL four-class name model runs (no SUTime, no numeric or fine-grained classifiers):
 * times and the finer entity types are our own readers' job, and this keeps the analysis fast.
 */
public final class CoreNlpAnalyzer implements Analyzer {

  static final String NAME_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
  private static final String POS = "maxentpos";

  private final StanfordCoreNLP pipeline;

  public CoreNlpAnalyzer() {
    Properties props = tokenizing();
    props.setProperty("annotators", "tokenize,ssplit," + POS + ",lemma,ner");
    props.setProperty("customAnnotatorClass." + POS, PosTagAnnotator.class.getName());
    props.setProperty("ner.model", NAME_MODEL);
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    props.setProperty("ner.combinationMode", "NORMAL");
    this.pipeline = new StanfordCoreNLP(props);
  }

  /**
   * The tokenizer and sentence splitter settings of this analyzer, with {@code annotators} set
   * to {@code tokenize,ssplit}, for tools that need the same sentences.
   */
  public static Properties tokenizing() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    props.setProperty("tokenize.language", "en");
    props.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    return props;
  }

  @Override
  public TextAnalysis analyze(String text) {
    Annotation document = new Annotation(text);
    pipeline.annotate(document);
    List<Sentence> sentences = new ArrayList<>();
    int tokenIndex = 0;
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        int start = label.beginPosition();
        int end = label.endPosition();
        String ner = label.ner() == null ? "O" : label.ner();
        tokens.add(
            new Token(tokenIndex++, text.substring(start, end), start, end, label.tag(), label.lemma(), ner));
      }
      if (!tokens.isEmpty()) {
        sentences.add(
            new Sentence(sentences.size(), tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens));
      }
    }
    return new TextAnalysis(text, sentences);
  }
}
