package org.newsgraph.nlp.event;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.depparse.DependencyArcs;
import org.newsgraph.nlp.depparse.TransitionParser;
import org.newsgraph.nlp.text.Sentence;
import org.newsgraph.nlp.text.Token;

/**
 * The neural transition parser with CoreNLP's English Universal Dependencies model, fed our
 * tokens and tags (no re-tokenising, no tagging). The model loads on the first parse, once per
 * JVM whatever the number of readers, so a reader that never meets an event trigger never pays
 * for it. Safe across threads.
 */
final class NeuralSentenceParser implements SentenceParser {

  @Override
  public DependencyGraph parse(Sentence sentence) {
    List<String> words = new ArrayList<>(sentence.tokens().size());
    List<String> tags = new ArrayList<>(sentence.tokens().size());
    for (Token t : sentence.tokens()) {
      words.add(t.text().isBlank() ? "_" : t.text().replace(' ', '_'));
      tags.add(t.pos());
    }
    DependencyArcs arcs = English.PARSER.parse(words, tags);
    return new DependencyGraph(sentence, arcs.heads(), arcs.labels());
  }

  /** Loads the model when first used. */
  private static final class English {
    static final TransitionParser PARSER = TransitionParser.load(TransitionParser.ENGLISH_UD);
  }
}
