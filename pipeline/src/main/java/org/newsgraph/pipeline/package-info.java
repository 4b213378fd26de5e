/**
 * The ingest pipeline: {@code Source -> Page -> Article -> AnnotatedArticle -> Index}. A {@link
 * org.newsgraph.pipeline.PageSource} lists pages; workers load each page, skip it when an earlier
 * run committed it, extract the article, skip it when the index already has that text, and read its
 * facts; one thread adds the results to the index in order and commits each batch. Every page's
 * outcome is counted per source in the {@link org.newsgraph.pipeline.IngestReport}. Each stage is a
 * function of its input, so the same stages can run in a distributed job later.
 */
package org.newsgraph.pipeline;
