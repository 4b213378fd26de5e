/**
 * Dependency parsing: a transition parser that reads CoreNLP's neural dependency models and
 * parses a tagged sentence as CoreNLP's {@code nndep} does, with vectorisable arithmetic and no
 * shared state, so that event reading can afford a parse of every sentence with a trigger.
 */
package org.newsgraph.nlp.depparse;
