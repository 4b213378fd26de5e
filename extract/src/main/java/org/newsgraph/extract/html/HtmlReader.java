package org.newsgraph.extract.html;

import java.net.URI;
import java.util.List;
import org.jsoup.nodes.Document;
import org.newsgraph.extract.ArticleDraft;
import org.newsgraph.extract.meta.Metadata;
import org.newsgraph.extract.meta.MetadataExtractor;

/** Reads an article draft from a parsed HTML page: its metadata, then its body. */
public final class HtmlReader {

  private final MetadataExtractor metadataExtractor = new MetadataExtractor();
  private final BodyExtractor bodyExtractor = new BodyExtractor();

  /** The draft article of {@code doc}; {@code pageUrl} is where it came from, or {@code null}. */
  public ArticleDraft read(Document doc, URI pageUrl) {
    Metadata metadata = metadataExtractor.extract(doc, pageUrl);
    Body body = bodyExtractor.extract(doc, metadata);
    return new ArticleDraft(
        metadata.title(),
        metadata.authors(),
        metadata.published(),
        metadata.language(),
        metadata.site(),
        metadata.canonicalUrl(),
        body.paragraphs(),
        body.images(),
        metadata.warnings());
  }
}
