package org.newsgraph.extract.meta;

import java.net.URI;
import java.util.List;
import org.jsoup.nodes.Document;

/** Reads an article's metadata from its HTML page. */
public final class MetadataExtractor {

  /** The metadata of {@code doc}; {@code pageUrl} is where it came from, or {@code null}. */
  public Metadata extract(Document doc, URI pageUrl) {
    String title = doc.title().isBlank() ? null : doc.title().strip();
    return new Metadata(title, List.of(), null, null, null, null, List.of());
  }
}
