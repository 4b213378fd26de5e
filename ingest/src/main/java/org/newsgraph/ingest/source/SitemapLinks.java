package org.newsgraph.ingest.source;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import java.util.Set;
import org.newsgraph.ingest.PageLoadException;
import org.newsgraph.ingest.fetch.FetchResult;
import org.newsgraph.ingest.polite.PoliteFetcher;

/**
 * The page URLs of a sitemap, news sitemap or sitemap index (XML, text or gzipped), read with
 * crawler-commons. The sitemaps an index names are fetched one at a time, as their URLs are needed,
 * each once; one that cannot be fetched or parsed is a failed item and the others go on. At most
 * {@code maxSitemapUrls} URLs and {@code maxSitemaps} sitemap files are read; reaching a cap is
 * reported as a failed item, so the user sees what was left out.
 */
final class SitemapLinks implements LinkQueue {

  private final String name;
  private final PoliteFetcher fetcher;
  private final PendingValidators pending;
  private final SourceLimits limits;
  private final SiteMapParser parser = new SiteMapParser(false);
  private final Deque<Link> ready = new ArrayDeque<>();
  private final Deque<URL> sitemaps = new ArrayDeque<>();
  private final Set<String> seenSitemaps = new HashSet<>();
  private int urls;
  private boolean capped;

  SitemapLinks(
      String name,
      byte[] content,
      URL url,
      PoliteFetcher fetcher,
      PendingValidators pending,
      SourceLimits limits) {
    this.name = name;
    this.fetcher = fetcher;
    this.pending = pending;
    this.limits = limits;
    seenSitemaps.add(url.toString());
    read(name, content, url);
  }

  /** Known once no sitemap named by an index is left to fetch. */
  @Override
  public OptionalInt left() {
    return sitemaps.isEmpty() ? OptionalInt.of(ready.size()) : OptionalInt.empty();
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty() && !sitemaps.isEmpty()) {
      fetchSitemap(sitemaps.poll());
    }
    return !ready.isEmpty();
  }

  @Override
  public Link next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.poll();
  }

  private void fetchSitemap(URL url) {
    String ref = url.toString();
    try {
      FetchResult result = fetcher.fetch(url.toURI());
      if (result instanceof FetchResult.Fetched fetched) {
        byte[] content =
            Documents.gunzipIfNeeded(ref, fetched.page().content(), limits.maxBytes());
        pending.hold(url.toURI(), fetched.validators());
        read(ref, content, url);
      } else {
        ready.add(new Link.Decided(new SourceItem.NotModified(ref)));
      }
    } catch (PageLoadException e) {
      ready.add(Link.failed(ref, "sitemap: " + e.problem()));
    } catch (URISyntaxException e) {
      ready.add(Link.failed(ref, "malformed sitemap URL: " + e.getReason()));
    }
  }

  private void read(String ref, byte[] content, URL url) {
    AbstractSiteMap sitemap;
    try {
      sitemap = parser.parseSiteMap(contentType(content), content, url);
    } catch (UnknownFormatException | IOException | RuntimeException e) {
      ready.add(Link.failed(ref, "malformed sitemap: " + Problems.oneLine(e)));
      return;
    }
    if (sitemap instanceof SiteMapIndex index) {
      for (AbstractSiteMap child : index.getSitemaps()) {
        queue(child.getUrl());
      }
    } else if (sitemap instanceof SiteMap map) {
      for (SiteMapURL entry : map.getSiteMapUrls()) {
        if (!add(entry)) {
          return;
        }
      }
    }
  }

  /** XML or plain text, told by the first character; the parser needs one of the two. */
  private static String contentType(byte[] content) {
    String start = new String(content, 0, Math.min(content.length, 64), StandardCharsets.UTF_8);
    return start.replace("\uFEFF", "").stripLeading().startsWith("<") ? "text/xml" : "text/plain";
  }

  private void queue(URL child) {
    if (capped || !seenSitemaps.add(child.toString())) {
      return;
    }
    if (seenSitemaps.size() > limits.maxSitemaps()) {
      stop("sitemap cap of " + limits.maxSitemaps() + " files reached; later sitemaps not read");
      return;
    }
    sitemaps.add(child);
  }

  /** Adds one page URL; false once the URL cap stops the reading. */
  private boolean add(SiteMapURL entry) {
    if (capped) {
      return false;
    }
    if (urls >= limits.maxSitemapUrls()) {
      stop("URL cap of " + limits.maxSitemapUrls() + " reached; later sitemap URLs not read");
      return false;
    }
    urls++;
    try {
      ready.add(new Link.Address(entry.getUrl().toURI()));
    } catch (URISyntaxException e) {
      ready.add(Link.failed(entry.getUrl().toString(), "malformed URL: " + e.getReason()));
    }
    return true;
  }

  private void stop(String why) {
    capped = true;
    sitemaps.clear();
    ready.add(Link.failed(name, why));
  }
}
