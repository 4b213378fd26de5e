package org.newsgraph.nlp.postag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.nlp.postag.CoreNlpTaggerModel.Position;
import org.newsgraph.nlp.postag.CoreNlpTaggerModel.Template;

/**
 * The weights of a maxent tagger model grouped by what their templates read, so that each sum
 * is made once: the templates of the word itself once per distinct word (cached across
 * sentences), those of neighbouring words once per position, and those of the two previous tags
 * once per pair of tags, at load. The sentence-start templates of CoreNLP's English models read
 * the previous tag only to learn whether the word opens the sentence, so they are position
 * features here. Sums are made in CoreNLP's order, template by template, so the scores are the
 * same doubles as CoreNLP's. Safe across threads.
 */
final class FeatureWeights {

  /** Extractors that read only the tags before the word (any tag pair, no word). */
  private static final Set<String> TAG_WINDOW = Set.of(
      "edu.stanford.nlp.tagger.maxent.Extractor",
      "edu.stanford.nlp.tagger.maxent.ExtractorFrames$ExtractorContinuousTagConjunction");

  /** Extractors that read the previous tag only to see whether there is one. */
  private static final Set<String> SENTENCE_START = Set.of(
      "edu.stanford.nlp.tagger.maxent.ExtractorStartSentenceCap",
      "edu.stanford.nlp.tagger.maxent.ExtractorMidSentenceCap",
      "edu.stanford.nlp.tagger.maxent.ExtractorMidSentenceCapC");

  /** Distinct words whose scores are kept; the cache is emptied when it holds more. */
  private static final int CACHED_WORDS = 20_000;

  private final CoreNlpTaggerModel model;
  private final int tagCount;
  private final double[] weights;
  private final List<Template> wordTemplates = new ArrayList<>();
  private final List<Template> contextTemplates = new ArrayList<>();
  private final List<Template> startTemplates = new ArrayList<>();
  /** Tag-pair sums, row {@link #tagPair} times tagCount long; tag number tagCount is none. */
  private final double[] afterTags;
  private final Map<String, int[]> tagIndexes = new HashMap<>();
  private final Map<String, WordScores> words = new ConcurrentHashMap<>();

  FeatureWeights(CoreNlpTaggerModel model) {
    this.model = model;
    this.tagCount = model.tags().size();
    this.weights = model.weights();
    List<Template> tagWindow = new ArrayList<>();
    for (Template template : model.templates()) {
      classify(template, tagWindow);
    }
    this.afterTags = tagPairSums(tagWindow);
  }

  int tagCount() {
    return tagCount;
  }

  String tag(int index) {
    return model.tags().get(index);
  }

  /** The positions of a sentence's words, at which the context templates are read. */
  Position[] positions(List<String> words) {
    Object sentence = model.sentence(words);
    Position[] positions = new Position[words.size()];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = model.position(sentence, positions.length, i);
    }
    return positions;
  }

  /** The scores of a word (normalised as the model wants) that do not depend on its context. */
  WordScores word(String word) {
    WordScores scores = words.get(word);
    if (scores == null) {
      scores = scoreWord(word);
      if (words.size() >= CACHED_WORDS) {
        words.clear();
      }
      words.put(word, scores);
    }
    return scores;
  }

  /**
   * The scores at one position that do not depend on tags: neighbouring-word templates, then
   * the word's own scores added, as CoreNLP sums them.
   */
  double[] contextScores(Position position, WordScores word) {
    double[] scores = new double[tagCount];
    for (Template template : contextTemplates) {
      if (!template.rare() || word.rare()) {
        add(scores, template.featuresOf(model.value(template, position)));
      }
    }
    double[] local = word.local();
    for (int t = 0; t < tagCount; t++) {
      scores[t] += local[t];
    }
    return scores;
  }

  /** The feature numbers of the sentence-start templates at a position, null where none. */
  int[][] startFeatures(Position position, WordScores word) {
    int[][] features = new int[startTemplates.size()][];
    for (int i = 0; i < features.length; i++) {
      Template template = startTemplates.get(i);
      if (!template.rare() || word.rare()) {
        features[i] = template.featuresOf(model.value(template, position));
      }
    }
    return features;
  }

  /** The number of a pair of previous tags (tagCount for none), below {@link #tagPairs()}. */
  int tagPair(int secondLast, int last) {
    return secondLast * (tagCount + 1) + last;
  }

  /** Copies the sums of the tag-pair templates after a pair of tags. */
  void copyTagPairSums(int tagPair, double[] into) {
    System.arraycopy(afterTags, tagPair * tagCount, into, 0, tagCount);
  }

  /** Adds the weights of one template value (its feature numbers per tag; null for none). */
  void add(double[] scores, int[] features) {
    if (features == null) {
      return;
    }
    for (int t = 0; t < tagCount; t++) {
      int feature = features[t];
      if (feature >= 0) {
        scores[t] += weights[feature];
      }
    }
  }

  private WordScores scoreWord(String word) {
    boolean rare = model.isRare(word);
    double[] local = new double[tagCount];
    Position alone = model.position(model.sentence(List.of(word)), 1, 0);
    for (Template template : wordTemplates) {
      if (!template.rare() || rare) {
        add(local, template.featuresOf(model.value(template, alone)));
      }
    }
    return new WordScores(indexes(model.candidateTags(word)), rare, local);
  }

  private int[] indexes(String[] tags) {
    String key = String.join(" ", tags);
    synchronized (tagIndexes) {
      return tagIndexes.computeIfAbsent(key, k -> {
        int[] indexes = new int[tags.length];
        for (int i = 0; i < tags.length; i++) {
          indexes[i] = model.tags().indexOf(tags[i]);
          if (indexes[i] < 0) {
            throw new IllegalStateException("tagger dictionary names unknown tag " + tags[i]);
          }
        }
        return indexes;
      });
    }
  }

  private void classify(Template template, List<Template> tagWindow) {
    var extractor = template.extractor();
    if (extractor.isLocal()) {
      wordTemplates.add(template);
    } else if (!extractor.isDynamic()) {
      contextTemplates.add(template);
    } else if (SENTENCE_START.contains(template.className())) {
      startTemplates.add(template);
    } else if (TAG_WINDOW.contains(template.className())
        && !template.rare()
        && startTemplates.isEmpty()
        && extractor.leftContext() <= 2
        && extractor.rightContext() == 0) {
      tagWindow.add(template);
    } else {
      throw new IllegalStateException("tagger model has a tag template this tagger cannot "
          + "score ahead: " + template);
    }
  }

  private double[] tagPairSums(List<Template> tagWindow) {
    int values = tagCount + 1;
    double[] sums = new double[values * values * tagCount];
    for (int secondLast = 0; secondLast < values; secondLast++) {
      for (int last = 0; last < values; last++) {
        if (last == tagCount && secondLast != tagCount) {
          continue;
        }
        double[] row = new double[tagCount];
        for (Template template : tagWindow) {
          add(row, template.featuresOf(
              model.valueAfter(template, tagOrNone(secondLast), tagOrNone(last))));
        }
        System.arraycopy(row, 0, sums, (secondLast * values + last) * tagCount, tagCount);
      }
    }
    return sums;
  }

  private String tagOrNone(int index) {
    return index == tagCount ? null : tag(index);
  }

  /** A word's candidate tags (indexes, in CoreNLP's order), rarity and own-word scores. */
  record WordScores(int[] candidates, boolean rare, double[] local) {}
}
