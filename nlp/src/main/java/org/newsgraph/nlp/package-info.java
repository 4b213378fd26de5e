/**
 * The reading stage: {@code Article -> AnnotatedArticle}.
 *
 * <p>An {@link org.newsgraph.nlp.text.Analyzer} (CoreNLP underneath) turns the article text into
 * sentences and tagged tokens with character offsets; the news-specific readers on top of it
 * find entities and their roles, quotations and their speakers, and time expressions with values
 * resolved against the publication date.
 */
package org.newsgraph.nlp;
