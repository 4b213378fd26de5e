package org.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.extract.meta.Metadata;

/** Finds the main content of an HTML page and returns it as paragraphs. */
public final class BodyExtractor {

  /** The body of {@code doc}; {@code metadata} tells the headline and byline to leave out. */
  public Body extract(Document doc, Metadata metadata) {
    List<String> paragraphs = new ArrayList<>();
    for (Element p : doc.select("p")) {
      String text = p.text().strip();
      if (!text.isEmpty()) {
        paragraphs.add(text);
      }
    }
    return new Body(paragraphs, List.of());
  }
}
