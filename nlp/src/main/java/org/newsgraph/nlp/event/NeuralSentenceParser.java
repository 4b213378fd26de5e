package org.newsgraph.nlp.event;

import org.newsgraph.nlp.depparse.DependencyArcs;
import org.newsgraph.nlp.depparse.TransitionParser;
import org.newsgraph.nlp.text.Sentence;

/**
 * The neural transition parser with CoreNLP's English Universal Dependencies model, fed our
 * tokens and tags (no re-tokenising, no tagging). The model loads on the first parse, once per
 * JVM whatever the number of readers, so a reader that never meets an event trigger never pays
 * for it. Safe across threads.
 */
final class NeuralSentenceParser implements SentenceParser {

  @Override
  public DependencyGraph parse(Sentence sentence) {
    DependencyArcs arcs = English.PARSER.parse(sentence);
    return new DependencyGraph(sentence, arcs.heads(), arcs.labels());
  }

  /** Loads the model when first used. */
  private static final class English {
    static final TransitionParser PARSER = TransitionParser.load(TransitionParser.ENGLISH_UD);
  }
}
