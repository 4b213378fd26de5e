/** Who said what: direct, partial and reported speech with their speakers and cues. */
package org.newsgraph.nlp.quote;
