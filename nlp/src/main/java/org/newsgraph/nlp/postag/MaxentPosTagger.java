package org.newsgraph.nlp.postag;

import java.util.ArrayList;
import java.util.List;

/**
 * Part-of-speech tags from a CoreNLP maxent tagger model, the same tags CoreNLP's {@code
 * MaxentTagger} gives but several times cheaper: features that do not depend on the previous
 * tags are scored once per word or position instead of once per tag context, and the tag-pair
 * features are precomputed rows (see {@link FeatureWeights}). Safe across threads.
 */
public final class MaxentPosTagger {

  /** CoreNLP's default English model, the one its {@code pos} annotator loads. */
  public static final String ENGLISH =
      "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

  private final CoreNlpTaggerModel model;
  private final FeatureWeights weights;

  private MaxentPosTagger(CoreNlpTaggerModel model) {
    this.model = model;
    this.weights = new FeatureWeights(model);
  }

  /** Loads a model as CoreNLP does (class path resource or file). */
  public static MaxentPosTagger load(String path) {
    return new MaxentPosTagger(CoreNlpTaggerModel.load(path));
  }

  /** One tag per word of a tokenized sentence (CoreNLP's token words, e.g. {@code -LRB-}). */
  public List<String> tag(List<String> words) {
    if (words.isEmpty()) {
      return List.of();
    }
    int[] best = TagSearch.best(new SentenceScores(weights, model, words));
    List<String> tags = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      tags.add(weights.tag(best[i]));
    }
    return tags;
  }
}
