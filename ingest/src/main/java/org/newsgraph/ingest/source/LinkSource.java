package org.newsgraph.ingest.source;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.newsgraph.ingest.PageLoadException;
import org.newsgraph.ingest.fetch.FetchResult;
import org.newsgraph.ingest.polite.PoliteFetcher;

/**
 * A source whose pages are found by reading a document first (a feed, a sitemap, a URL list, or a
 * URL whose content decides): the document is opened when the first item is asked for, then each
 * link it gives is fetched politely, once, in order.
 */
final class LinkSource extends CountingSource {

  /** What opening the document gave: its kind, items to yield first, and the links to fetch. */
  record Opened(SourceKind kind, List<SourceItem> first, LinkQueue links) {

    static Opened failed(String ref, String problem) {
      return new Opened(
          SourceKind.UNKNOWN,
          List.of(new SourceItem.Failed(ref, problem)),
          ListedLinks.none());
    }
  }

  /** Reads the document; never throws for bad data, which becomes a failed item. */
  @FunctionalInterface
  interface Opener {
    Opened open();
  }

  private final SourceKind declared;
  private final Opener opener;
  private final PoliteFetcher fetcher;
  private final PendingValidators pending;
  private final Deque<SourceItem> first = new ArrayDeque<>();
  private final Set<URI> seen = new HashSet<>();
  private SourceKind kind;
  private LinkQueue links;

  LinkSource(
      String name,
      SourceKind declared,
      Opener opener,
      PoliteFetcher fetcher,
      PendingValidators pending) {
    super(name);
    this.declared = declared;
    this.opener = opener;
    this.fetcher = fetcher;
    this.pending = pending;
  }

  @Override
  Optional<SourceItem> produce() {
    if (links == null) {
      Opened opened = opener.open();
      kind = opened.kind();
      first.addAll(opened.first());
      links = opened.links();
    }
    if (!first.isEmpty()) {
      return Optional.of(first.poll());
    }
    while (links.hasNext()) {
      Link link = links.next();
      if (link instanceof Link.Decided decided) {
        return Optional.of(decided.item());
      }
      URI uri = ((Link.Address) link).uri();
      if (seen.add(uri)) {
        return Optional.of(fetch(uri));
      }
    }
    return Optional.empty();
  }

  @Override
  OptionalInt remaining() {
    if (links == null) {
      return OptionalInt.empty();
    }
    OptionalInt left = links.left();
    return left.isPresent() ? OptionalInt.of(first.size() + left.getAsInt()) : left;
  }

  private SourceItem fetch(URI uri) {
    try {
      FetchResult result = fetcher.fetch(uri);
      if (result instanceof FetchResult.Fetched fetched) {
        pending.hold(uri, fetched.validators());
        return new SourceItem.Loaded(fetched.page(), fetched.fetchedAt());
      }
      return new SourceItem.NotModified(uri.toString());
    } catch (PageLoadException e) {
      return new SourceItem.Failed(e.source(), e.problem());
    }
  }

  @Override
  public SourceKind kind() {
    return kind != null && kind != SourceKind.UNKNOWN ? kind : declared;
  }

  @Override
  public void close() {
    if (exhausted()) {
      pending.remember();
    }
  }
}
