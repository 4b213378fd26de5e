package org.newsgraph.extract.meta;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The short pieces of text that follow the headline: where bylines and datelines are written
 * when the page marks them up with nothing more telling than a {@code <p>} or a {@code <span>}.
 */
final class NearHeadline {

  /** How many text pieces after the headline are looked at. */
  static final int MAX_PIECES = 25;

  private static final int MAX_PIECE_CHARS = 200;

  private NearHeadline() {}

  /**
   * The texts of the elements holding the first text nodes after {@code headline}, short ones
   * only, outside comments and sidebars.
   */
  static List<String> texts(Element headline, Regions regions) {
    List<String> texts = new ArrayList<>();
    if (headline == null) {
      return texts;
    }
    Element root = headline.ownerDocument() == null ? headline : headline.ownerDocument().body();
    NodeTraversor.filter(new Collector(headline, regions, texts), root);
    return texts;
  }

  private static final class Collector implements NodeFilter {
    private final Element headline;
    private final Regions regions;
    private final List<String> texts;
    private boolean after;
    private Element lastParent;
    private int seen;

    Collector(Element headline, Regions regions, List<String> texts) {
      this.headline = headline;
      this.regions = regions;
      this.texts = texts;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node == headline) {
        after = true;
        return FilterResult.SKIP_ENTIRELY;
      }
      if (!after || !(node instanceof TextNode text) || text.isBlank()) {
        return FilterResult.CONTINUE;
      }
      Element parent = text.parent();
      if (parent == null
          || parent == lastParent
          || parent.normalName().equals("script")
          || parent.normalName().equals("style")) {
        return FilterResult.CONTINUE;
      }
      lastParent = parent;
      seen++;
      String piece = Text.shortText(parent, MAX_PIECE_CHARS);
      if (piece != null && !regions.isElsewhere(parent)) {
        texts.add(piece);
      }
      return seen >= MAX_PIECES ? FilterResult.STOP : FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      return FilterResult.CONTINUE;
    }
  }
}
