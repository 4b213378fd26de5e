/** The adapter to Stanford CoreNLP: its pipeline in, our {@code text} model out. */
package org.newsgraph.nlp.corenlp;
