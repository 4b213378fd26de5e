/**
 * Scoring extraction against gold text with the article-extraction benchmark's measure: {@code
 * \w+} tokens, 4-token shingles compared as multisets, precision and recall macro-averaged over
 * pages, F1 the harmonic mean of the two averages.
 */
package org.newsgraph.extract.eval;
