package org.newsgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import org.newsgraph.core.ArticleExtractor;
import org.newsgraph.core.Page;
import org.newsgraph.extract.NewsArticleExtractor;
import org.newsgraph.extract.TimeLimitedExtractor;
import org.newsgraph.ingest.PageLoadException;
import org.newsgraph.pipeline.PageSource;
import org.newsgraph.pipeline.PendingPage;

/** Some of the extraction dev pages as an ingest source: each file read when the pipeline asks. */
final class DevPageSource implements PageSource {

  private final List<Path> files;

  /** The first {@code limit} dev pages in name order. */
  DevPageSource(int limit) {
    List<Path> all = DevPages.files();
    this.files = all.subList(0, Math.min(limit, all.size()));
  }

  /** The extractor as the command line's ingest sets it up: ours, with a time limit per page. */
  static ArticleExtractor extractor() {
    return new TimeLimitedExtractor(new NewsArticleExtractor(), Duration.ofSeconds(10));
  }

  int size() {
    return files.size();
  }

  @Override
  public String name() {
    return DevPages.RELATIVE;
  }

  @Override
  public Iterator<PendingPage> pages() {
    return files.stream().map(DevPageSource::pending).iterator();
  }

  private static PendingPage pending(Path file) {
    return new PendingPage() {
      @Override
      public String source() {
        return file.toString();
      }

      @Override
      public Page load() throws PageLoadException {
        try {
          return Page.of(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
          throw new PageLoadException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
      }
    };
  }
}
