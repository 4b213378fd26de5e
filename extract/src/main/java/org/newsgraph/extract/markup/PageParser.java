package org.newsgraph.extract.markup;

import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** Parses a page's HTML: through the {@link FastPathParser} when it can, else with jsoup. */
public final class PageParser {

  private PageParser() {}

  /** The tree jsoup's HTML parser builds from {@code html}, whichever parser builds it. */
  public static Document parse(String html, String baseUri) {
    return FastPathParser.tryParse(html, baseUri)
        .orElseGet(() -> Parser.htmlParser().parseInput(html, baseUri));
  }
}
