/**
 * The ingest pipeline: {@code Source -> Page -> Article -> AnnotatedArticle -> Index}. A {@link
 * org.newsgraph.pipeline.PageSource} gives its pages lazily ({@link
 * org.newsgraph.pipeline.SourcePages} adapts the ingest module's directories, pages, feeds,
 * sitemaps, archives and URL lists); workers load each page, skip it when an earlier run committed
 * it, extract the article, skip it when the index already has that text, and read its facts; one
 * thread adds the results to the index in order and commits each batch, and sources hear that
 * their pages are committed after the last commit. Every page's outcome (not modified and failed
 * with their reasons included) is counted per source in the {@link
 * org.newsgraph.pipeline.IngestReport}. Each stage is a function of its input, so the same stages
 * can run in a distributed job later.
 */
package org.newsgraph.pipeline;
