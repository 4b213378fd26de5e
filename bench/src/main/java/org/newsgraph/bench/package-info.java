/**
 * Speed and memory checks of extraction over the shared extraction dev pages; not shipped.
 *
 * <p>{@link org.newsgraph.bench.ExtractionBenchmark} is the JMH throughput benchmark of our
 * extractor beside the boilerpipe baseline, and {@link org.newsgraph.bench.ExtractionThroughput}
 * runs it and sums it up against the targets. {@link org.newsgraph.bench.ExtractionMemory}
 * extracts the whole set in one process and reports the heap it needed. {@link
 * org.newsgraph.bench.DevPages} finds and reads the pages for both.
 */
package org.newsgraph.bench;
