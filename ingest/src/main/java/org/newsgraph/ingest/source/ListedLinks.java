package org.newsgraph.ingest.source;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import java.util.Set;

/** Links all read at once (a feed's items, a URL list's lines), each address kept once. */
final class ListedLinks implements LinkQueue {

  private final Deque<Link> links = new ArrayDeque<>();

  ListedLinks(List<Link> links) {
    Set<Link> addresses = new HashSet<>();
    for (Link link : links) {
      if (link instanceof Link.Decided || addresses.add(link)) {
        this.links.add(link);
      }
    }
  }

  /** No links at all. */
  static ListedLinks none() {
    return new ListedLinks(List.of());
  }

  @Override
  public OptionalInt left() {
    return OptionalInt.of(links.size());
  }

  @Override
  public boolean hasNext() {
    return !links.isEmpty();
  }

  @Override
  public Link next() {
    if (links.isEmpty()) {
      throw new NoSuchElementException();
    }
    return links.poll();
  }
}
