package org.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.ArticleDraft;

/** Reads an article draft from scraped plain text: blank lines separate paragraphs. */
public final class ScrapedTextReader {

  /** The draft article of {@code text}. */
  public ArticleDraft read(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String block : text.split("\\n\\s*\\n")) {
      String p = block.strip();
      if (!p.isEmpty()) {
        paragraphs.add(p);
      }
    }
    return new ArticleDraft(null, List.of(), null, null, null, null, paragraphs, List.of(), List.of());
  }
}
