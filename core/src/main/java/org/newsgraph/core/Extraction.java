package org.newsgraph.core;

import java.util.List;
import java.util.Objects;

/**
 * What extraction makes of one page: an accepted article, or a rejection saying why the page is
 * not an article. Both carry warnings about what was odd in the page.
 */
public sealed interface Extraction {

  /** The input as the user gave it. */
  String source();

  /** Problems noticed on the way that did not stop extraction, in the order found. */
  List<String> warnings();

  /** The page is an article. */
  record Accepted(Article article, List<String> warnings) implements Extraction {
    public Accepted {
      Objects.requireNonNull(article, "article");
      warnings = List.copyOf(warnings);
    }

    @Override
    public String source() {
      return article.source();
    }
  }

  /**
   * The page is not an article (an index page, an error page, empty, binary).
   *
   * @param reason one line a user can act on, for example "no article body: index page"
   */
  record Rejected(String source, String reason, List<String> warnings) implements Extraction {
    public Rejected {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(reason, "reason");
      warnings = List.copyOf(warnings);
    }
  }
}
