/**
 * The model of NewsGraph: immutable records passed between pipeline stages, and the stage
 * interfaces themselves.
 *
 * <p>The pipeline reads {@code Source -> Page -> Article -> AnnotatedArticle -> Index -> API/UI}.
 * A {@link org.newsgraph.core.Page} is raw bytes as fetched or read; an
 * {@link org.newsgraph.core.ArticleExtractor} turns it into an {@link org.newsgraph.core.Extraction}:
 * either an accepted {@link org.newsgraph.core.Article} or a rejection with its reason. Bad data
 * never throws; misuse of the API (a null where none is allowed) does.
 */
package org.newsgraph.core;
