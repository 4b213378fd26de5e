/**
 * Scoring quote attribution: the PolNeAR attribution corpus (brat standoff) read into gold
 * relations, predictions from our attributor or from CoreNLP's own quote attribution as a
 * baseline, overlap matching of contents and speakers, and a check of quotation spans against
 * GUM's marked quotes.
 */
package org.newsgraph.nlp.quote.eval;
