/**
 * Speed and memory checks of extraction, reading, ingest and queries over the shared extraction
 * dev pages; not shipped.
 *
 * <p>{@link org.newsgraph.bench.ExtractionBenchmark} is the JMH throughput benchmark of our
 * extractor beside the boilerpipe baseline, and {@link org.newsgraph.bench.ExtractionThroughput}
 * runs it and sums it up against the targets. {@link org.newsgraph.bench.ExtractionMemory}
 * extracts the whole set in one process and reports the heap it needed. {@link
 * org.newsgraph.bench.DevPages} finds and reads the pages for both.
 *
 * <p>{@link org.newsgraph.bench.ReadingThroughput} times the reading stage. {@link
 * org.newsgraph.bench.IngestThroughput} times the whole ingest run on 1 and 2 threads, stage by
 * stage. {@link org.newsgraph.bench.QueryLatency} builds an index of 10,000 articles from the dev
 * pages read for real and {@link org.newsgraph.bench.variation.ArticleVariations} of them ({@link
 * org.newsgraph.bench.QueryCorpus}), then times the questions of {@link
 * org.newsgraph.bench.QueryMix} and reports index size and heap. {@link
 * org.newsgraph.bench.HtmlParserAgreement} checks the fast path HTML parser against jsoup's on
 * the dev pages and times both.
 */
package org.newsgraph.bench;
