/**
 * Part-of-speech tagging: our own inference over CoreNLP's maxent tagger models, giving
 * CoreNLP's tags at a fraction of its cost, so that reading does not spend a third of its time
 * re-scoring the same features for every tag context.
 */
package org.newsgraph.nlp.postag;
