package org.newsgraph.ingest.source;

/**
 * Bounds on what sources read.
 *
 * @param maxBytes the largest file, feed, sitemap, list or archived page read (fetched pages are
 *     bounded by the fetcher's own limit)
 * @param maxSitemapUrls how many page URLs one sitemap source yields at most, indexes included
 * @param maxSitemaps how many sitemap files one sitemap index may lead to
 */
public record SourceLimits(long maxBytes, int maxSitemapUrls, int maxSitemaps) {

  public SourceLimits {
    if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
    }
    if (maxSitemapUrls < 1 || maxSitemaps < 1) {
      throw new IllegalArgumentException("sitemap caps must be at least 1");
    }
  }

  /** 16 MiB, 50,000 sitemap URLs (one full sitemap file), 1,000 sitemap files. */
  public static SourceLimits defaults() {
    return new SourceLimits(16L * 1024 * 1024, 50_000, 1_000);
  }

  public SourceLimits withMaxSitemapUrls(int max) {
    return new SourceLimits(maxBytes, max, maxSitemaps);
  }
}
