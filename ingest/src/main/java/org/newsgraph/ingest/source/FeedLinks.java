package org.newsgraph.ingest.source;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The links of an RSS or Atom feed's items, read with ROME (document type declarations refused,
 * so no external entities are fetched). Each item's link (or, failing that, an Atom alternate link
 * or an id that is an http(s) URL) is resolved against the feed's address (for a file, the feed's
 * own link); an item without one is a
 * failed item. A document that is not a feed is one failure: "malformed feed: ...".
 */
final class FeedLinks {

  private FeedLinks() {}

  static List<Link> parse(String name, byte[] content, URI base) {
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(content)));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      return List.of(Link.failed(name, "malformed feed: " + Problems.oneLine(e)));
    }
    URI resolveAgainst = base != null ? base : resolve(feed.getLink(), null).orElse(null);
    List<Link> links = new ArrayList<>();
    int number = 0;
    for (SyndEntry entry : feed.getEntries()) {
      number++;
      Optional<URI> link = linkOf(entry, resolveAgainst);
      if (link.isPresent()) {
        links.add(new Link.Address(link.get()));
      } else {
        links.add(Link.failed(name + " item " + number + describe(entry), "item has no link"));
      }
    }
    return links;
  }

  private static Optional<URI> linkOf(SyndEntry entry, URI base) {
    List<String> candidates = new ArrayList<>();
    candidates.add(entry.getLink());
    for (SyndLink link : entry.getLinks()) {
      if (link.getRel() == null || link.getRel().equals("alternate")) {
        candidates.add(link.getHref());
      }
    }
    candidates.add(entry.getUri());
    for (String candidate : candidates) {
      Optional<URI> uri = resolve(candidate, base);
      if (uri.isPresent()) {
        return uri;
      }
    }
    return Optional.empty();
  }

  private static Optional<URI> resolve(String link, URI base) {
    if (link == null || link.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(link.strip());
      if (!uri.isAbsolute() && base != null) {
        uri = base.resolve(uri);
      }
      String scheme = uri.getScheme();
      boolean http = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
      return http && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String describe(SyndEntry entry) {
    String title = entry.getTitle();
    return title == null || title.isBlank() ? "" : " (" + title.strip() + ")";
  }
}
