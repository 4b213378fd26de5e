/**
 * Scoring the time tagger: TimeML corpora (TempEval-3's TBAQ) with the TempEval-3 measures, and the
 * hand-normalised dates of the GUM news documents.
 */
package org.newsgraph.nlp.time.eval;
