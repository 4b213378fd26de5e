package org.newsgraph.nlp.event;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.depparse.DependencyArcs;
import org.newsgraph.nlp.depparse.TransitionParser;
import org.newsgraph.nlp.text.Sentence;
import org.newsgraph.nlp.text.Token;

/**
 * The neural transition parser with CoreNLP's English Universal Dependencies model, fed our
 * tokens and tags (no re-tokenising, no tagging). The model loads on the first parse, so a
 * reader that never meets an event trigger never pays for it. Safe across threads.
 */
final class NeuralSentenceParser implements SentenceParser {

  private volatile TransitionParser parser;

  @Override
  public DependencyGraph parse(Sentence sentence) {
    List<String> words = new ArrayList<>(sentence.tokens().size());
    List<String> tags = new ArrayList<>(sentence.tokens().size());
    for (Token t : sentence.tokens()) {
      words.add(t.text().isBlank() ? "_" : t.text().replace(' ', '_'));
      tags.add(t.pos());
    }
    DependencyArcs arcs = model().parse(words, tags);
    return new DependencyGraph(sentence, arcs.heads(), arcs.labels());
  }

  private TransitionParser model() {
    TransitionParser loaded = parser;
    if (loaded == null) {
      synchronized (this) {
        loaded = parser;
        if (loaded == null) {
          loaded = TransitionParser.load(TransitionParser.ENGLISH_UD);
          parser = loaded;
        }
      }
    }
    return loaded;
  }
}
