package org.newsgraph.core;

/**
 * The extraction stage: turns one raw page into a clean article, or rejects it. Implementations
 * never throw on bad data and are safe to share across threads.
 */
@FunctionalInterface
public interface ArticleExtractor {

  /** Extracts the article from {@code page}. */
  Extraction extract(Page page);
}
