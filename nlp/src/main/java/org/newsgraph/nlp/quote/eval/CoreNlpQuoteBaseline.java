package org.newsgraph.nlp.quote.eval;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Properties;
import org.newsgraph.core.QuoteKind;

/**
 * CoreNLP's own quotation finder and quote attribution sieves (Muzny et al. 2017) as a baseline:
 * tokenize, ssplit, pos, lemma, the CoNLL four-class name tagger (as in our analysis) with entity
 * mentions, then {@code quote} with {@code attributeQuotes}. Without coreference, the
 * attribution runs with {@code useCoref=false} over an empty coreference map, which the
 * annotator requires to be present; with coreference, the statistical coreference system runs
 * first (much slower). Needs several GB of heap.
 */
public final class CoreNlpQuoteBaseline implements AttributionSystem {

  private final StanfordCoreNLP pipeline;
  private final boolean coref;

  public CoreNlpQuoteBaseline(boolean coref) {
    this.coref = coref;
    Properties props = new Properties();
    props.setProperty("annotators",
        coref ? "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote" : "tokenize,ssplit,pos,lemma,ner,quote");
    props.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "true");
    props.setProperty("quote.attributeQuotes", "true");
    if (coref) {
      props.setProperty("coref.algorithm", "statistical");
    } else {
      props.setProperty("quote.attribution.useCoref", "false");
    }
    this.pipeline = new StanfordCoreNLP(props, coref);
  }

  @Override
  public String name() {
    return coref ? "corenlp+coref" : "corenlp";
  }

  @Override
  public List<PredictedAttribution> read(String text) {
    Annotation document = new Annotation(text);
    if (!coref) {
      document.set(CorefCoreAnnotations.CorefChainAnnotation.class, new HashMap<>());
    }
    pipeline.annotate(document);
    List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreMap> quotes = document.get(CoreAnnotations.QuotationsAnnotation.class);
    List<PredictedAttribution> out = new ArrayList<>();
    if (quotes == null) {
      return out;
    }
    for (CoreMap quote : quotes) {
      int start = quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (end - start > 2) {
        start++;
        end--;
      }
      QuoteKind kind = Character.isUpperCase(text.charAt(start)) ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
      String name = quote.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
      Span speaker = tokenSpan(tokens, quote.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class),
          quote.get(QuoteAttributionAnnotator.MentionEndAnnotation.class));
      Span canonical = tokenSpan(tokens, quote.get(QuoteAttributionAnnotator.CanonicalMentionBeginAnnotation.class),
          quote.get(QuoteAttributionAnnotator.CanonicalMentionEndAnnotation.class));
      out.add(new PredictedAttribution(List.of(new Span(start, end)), kind, speaker,
          name == null ? "" : name, canonical == null ? List.of() : List.of(canonical)));
    }
    return out;
  }

  private static Span tokenSpan(List<CoreLabel> tokens, Integer begin, Integer end) {
    if (begin == null || end == null || begin < 0 || end >= tokens.size() || end < begin) {
      return null;
    }
    return new Span(tokens.get(begin).beginPosition(), tokens.get(end).endPosition());
  }
}
