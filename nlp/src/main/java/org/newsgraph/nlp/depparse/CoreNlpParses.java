package org.newsgraph.nlp.depparse;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.text.Sentence;

/**
 * CoreNLP's own {@code nndep} parse of a sentence, fed the same words and tags as {@link
 * TransitionParser}, as arcs to compare with ours (in tests and the parser benchmark).
 */
public final class CoreNlpParses {

  private CoreNlpParses() {}

  /** The arcs CoreNLP's parser gives the sentence. */
  public static DependencyArcs parse(DependencyParser parser, Sentence sentence) {
    List<String> words = TransitionParser.words(sentence);
    List<String> tags = TransitionParser.tags(sentence);
    List<CoreLabel> labels = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      CoreLabel label = new CoreLabel();
      label.setWord(words.get(i));
      label.setValue(words.get(i));
      label.setTag(tags.get(i));
      label.setIndex(i + 1);
      labels.add(label);
    }
    int[] heads = new int[words.size()];
    String[] names = new String[words.size()];
    for (TypedDependency d : parser.predict(labels).typedDependencies()) {
      heads[d.dep().index() - 1] = d.gov().index() - 1;
      names[d.dep().index() - 1] = d.reln().toString();
    }
    return new DependencyArcs(heads, names);
  }
}
