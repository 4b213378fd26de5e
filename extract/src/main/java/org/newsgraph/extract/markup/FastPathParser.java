package org.newsgraph.extract.markup;

import java.util.Optional;
import org.jsoup.nodes.Document;

/** Skeleton: the fast path parser, built on this branch. */
public final class FastPathParser {

  private FastPathParser() {}

  /**
   * The tree jsoup's HTML parser builds from {@code html}, or empty when the markup needs a rule
   * the fast path does not implement.
   */
  public static Optional<Document> tryParse(String html, String baseUri) {
    return Optional.empty();
  }
}
