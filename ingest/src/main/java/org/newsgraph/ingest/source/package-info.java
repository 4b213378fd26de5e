/**
 * Sources of pages for ingest. {@link org.newsgraph.ingest.source.Sources} decides what a SOURCE
 * argument is (a directory, a page file, an RSS/Atom feed, a sitemap or sitemap index, a WARC
 * archive, a list of URLs, or a URL whose content says which of these it is) and opens it as a
 * {@link org.newsgraph.ingest.source.Source}: a lazy sequence of {@link
 * org.newsgraph.ingest.source.SourceItem}s (a page, word that a known page is unchanged, or one
 * item's failure), with a {@link org.newsgraph.ingest.source.SourceReport} of what was read and
 * what was missed and why. Links found in feeds, sitemaps and lists are fetched through the {@link
 * org.newsgraph.ingest.polite.PoliteFetcher}, so they pass the same address guard and robots rules
 * as any URL. Bad data never throws: it becomes a failed item and the rest goes on.
 */
package org.newsgraph.ingest.source;
