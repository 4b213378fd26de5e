/**
 * Events: who did what to whom, where and when, how often, and what did not happen.
 *
 * <p>The action table ({@code actions.csv}) names the trigger words of each action and how
 * PLOVER and CAMEO code it; only sentences with a trigger are parsed (our transition parser
 * with CoreNLP's English UD model, on our tokens). From the tree the reader takes the actors
 * (subjects, objects, "with/to/against" phrases, "between A and B", possessors of event nouns,
 * inherited subjects, pronouns), their countries and sectors ({@code countries.tsv}, {@code
 * sectors.tsv}), the status (happened, planned, expected, hypothetical, ongoing), negation,
 * counts ("twice", "five times", "two missiles"), the place and the time expression attached
 * to the trigger's clause. Events inside quotations carry the quote's id.
 */
package org.newsgraph.nlp.event;
