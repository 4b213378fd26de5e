package org.newsgraph.nlp.event;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsgraph.nlp.text.Sentence;
import org.newsgraph.nlp.text.Token;

/**
 * CoreNLP's neural transition parser with its English Universal Dependencies model, fed our
 * tokens and tags (no re-tokenising, no tagging). The model loads on the first parse, so a
 * reader that never meets an event trigger never pays for it. Safe across threads: parses of one
 * model run one at a time, since CoreNLP's parser caches products in an unsynchronised map.
 */
final class NeuralSentenceParser implements SentenceParser {

  static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  private volatile DependencyParser parser;

  @Override
  public DependencyGraph parse(Sentence sentence) {
    List<CoreLabel> words = new ArrayList<>(sentence.tokens().size());
    for (Token t : sentence.tokens()) {
      CoreLabel word = new CoreLabel();
      String form = t.text().isBlank() ? "_" : t.text().replace(' ', '_');
      word.setWord(form);
      word.setValue(form);
      word.setTag(t.pos());
      word.setIndex(words.size() + 1);
      words.add(word);
    }
    int n = words.size();
    int[] heads = new int[n];
    String[] labels = new String[n];
    Arrays.fill(heads, -1);
    Arrays.fill(labels, "dep");
    DependencyParser model = model();
    GrammaticalStructure structure;
    // The parser keeps a cache of hidden-layer products that is not safe across threads.
    synchronized (model) {
      structure = model.predict(words);
    }
    for (TypedDependency d : structure.typedDependencies()) {
      int dependent = d.dep().index() - 1;
      if (dependent >= 0 && dependent < n) {
        heads[dependent] = d.gov().index() - 1;
        labels[dependent] = d.reln().toString();
      }
    }
    return new DependencyGraph(sentence, heads, labels);
  }

  private DependencyParser model() {
    DependencyParser loaded = parser;
    if (loaded == null) {
      synchronized (this) {
        loaded = parser;
        if (loaded == null) {
          loaded = DependencyParser.loadFromModelFile(MODEL);
          parser = loaded;
        }
      }
    }
    return loaded;
  }
}
