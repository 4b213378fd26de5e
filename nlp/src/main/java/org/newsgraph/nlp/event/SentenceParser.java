package org.newsgraph.nlp.event;

import org.newsgraph.nlp.text.Sentence;

/** Parses one sentence into a dependency tree from its tokens and parts of speech. */
@FunctionalInterface
interface SentenceParser {

  DependencyGraph parse(Sentence sentence);
}
