package org.newsgraph.pipeline;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import org.newsgraph.core.Page;
import org.newsgraph.ingest.PageLoadException;
import org.newsgraph.ingest.source.Source;
import org.newsgraph.ingest.source.SourceItem;

/**
 * An ingest {@link Source} as the pipeline reads it: each item is fetched when the pipeline asks
 * for the next page, so pages are read in order, politely, one at a time; a failed item is a page
 * that fails to load with the item's reason; an unchanged one is a page not modified. The source
 * is closed, and so remembers the validators of what it fetched, only once the run has committed
 * its pages.
 */
public final class SourcePages implements PageSource {

  private final Source source;

  public SourcePages(Source source) {
    this.source = source;
  }

  @Override
  public String name() {
    return source.name();
  }

  @Override
  public Iterator<PendingPage> pages() {
    return new Iterator<>() {
      private Optional<SourceItem> ahead;

      @Override
      public boolean hasNext() {
        if (ahead == null) {
          ahead = source.next();
        }
        return ahead.isPresent();
      }

      @Override
      public PendingPage next() {
        if (!hasNext()) {
          throw new NoSuchElementException("no more pages in " + source.name());
        }
        SourceItem item = ahead.get();
        ahead = null;
        return pending(item);
      }
    };
  }

  @Override
  public OptionalInt expected() {
    return source.expected();
  }

  @Override
  public void committed() {
    source.close();
  }

  private static PendingPage pending(SourceItem item) {
    if (item instanceof SourceItem.Loaded loaded) {
      return new Ready(loaded.page());
    }
    if (item instanceof SourceItem.NotModified) {
      return new Unchanged(item.ref());
    }
    SourceItem.Failed failed = (SourceItem.Failed) item;
    return new Broken(failed.ref(), failed.problem());
  }

  /** A page the source has read. */
  private record Ready(Page page) implements PendingPage {
    @Override
    public String source() {
      return page.source();
    }

    @Override
    public Page load() {
      return page;
    }
  }

  /** A page the server says is unchanged. */
  private record Unchanged(String source) implements PendingPage {
    @Override
    public Page load() throws PageLoadException {
      throw new PageLoadException(source, "not modified");
    }

    @Override
    public boolean notModified() {
      return true;
    }
  }

  /** An item the source could not read. */
  private record Broken(String source, String problem) implements PendingPage {
    @Override
    public Page load() throws PageLoadException {
      throw new PageLoadException(source, problem);
    }
  }
}
