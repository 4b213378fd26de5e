/**
 * The linguistic view of a text that the readers share: sentences of tokens, each with its
 * character offsets, part of speech, lemma and name tag. Independent of CoreNLP's types.
 */
package org.newsgraph.nlp.text;
