/**
 * The index stage: {@code AnnotatedArticle -> Index}. An embedded Lucene index in a data directory
 * holds articles (full text, metadata, story), quotations, entities merged across articles by
 * {@link org.newsgraph.core.EntityKey} and events merged by {@link org.newsgraph.core.EventKey}
 * with their independent sources. {@link org.newsgraph.index.KnowledgeWriter} is the single writer
 * and commits in batches; {@link org.newsgraph.index.KnowledgeBase} answers queries from the last
 * commit.
 */
package org.newsgraph.index;
