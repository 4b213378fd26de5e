package org.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Chooses the article among the page's elements: every substantial text block gives its
 * container (and, less, the container's ancestors) a score for its length and commas, each
 * container's score is discounted by its link density, and the best container is taken with the
 * siblings that look like parts of the same article.
 */
final class RegionFinder {

  /** Blocks shorter than this (characters) say nothing about where the article is. */
  private static final int MIN_SCORED_CHARS = 25;
  /** An element wholly above the headline is seldom the article; its score counts this much. */
  private static final double BEFORE_HEADLINE_WEIGHT = 0.5;
  /** What a name saying content, or furniture, adds to or takes from a container's score. */
  private static final double NAME_WEIGHT = 25;
  /** A sibling of the best element joins it when it scores this share of the best... */
  private static final double SIBLING_SHARE = 0.2;
  /** ...and at least this much. */
  private static final double MIN_SIBLING_SCORE = 10;
  /** A lone paragraph beside the best element joins it when longer than this (characters)... */
  private static final int LONG_PARAGRAPH_CHARS = 80;
  /** ...and with less link text than this share. */
  private static final double MAX_PARAGRAPH_LINK_DENSITY = 0.25;

  private RegionFinder() {}

  /** The article region of {@code page}, or an empty region when no block is substantial. */
  static ContentRegion find(PageBlocks page, String title) {
    List<Element> candidates = new ArrayList<>();
    for (TextBlock block : page.blocks()) {
      scoreBlock(page, block, candidates);
    }
    int headline = headline(page, title);
    Element top = null;
    double topScore = 0;
    for (Element candidate : candidates) {
      NodeStats s = page.of(candidate);
      s.score = (s.score + initialScore(candidate, s)) * (1 - s.linkDensity());
      if (s.endBlock <= headline) {
        s.score *= BEFORE_HEADLINE_WEIGHT;
      }
      if (top == null || s.score > topScore) {
        top = candidate;
        topScore = s.score;
      }
    }
    if (top == null) {
      return ContentRegion.EMPTY;
    }
    top = climbSoleChild(page, top);
    return new ContentRegion(withSiblings(page, top, page.of(top).score));
  }

  /** The index of the first heading that repeats the page title, or -1. */
  private static int headline(PageBlocks page, String title) {
    if (title == null) {
      return -1;
    }
    List<TextBlock> blocks = page.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock block = blocks.get(i);
      if (block.kind() == BlockKind.HEADING && Headlines.matches(block.text(), title)) {
        return i;
      }
    }
    return -1;
  }

  private static void scoreBlock(PageBlocks page, TextBlock block, List<Element> candidates) {
    if (block.kind() == BlockKind.HEADING || block.kind() == BlockKind.CAPTION) {
      return;
    }
    if (block.chars() < MIN_SCORED_CHARS) {
      return;
    }
    double score = 1 + commas(block.text()) + Math.min(block.chars() / 100.0, 3);
    score *= 1 - block.linkDensity();
    Element first = anchor(page, block);
    Element second = first == null ? null : first.parent();
    Element third = second == null ? null : second.parent();
    add(page, first, score, candidates);
    add(page, second, score / 2, candidates);
    add(page, third, score / 6, candidates);
  }

  /**
   * The element a block scores first: the container of a paragraph, or a container holding
   * several runs of text itself (text split by line breaks).
   */
  private static Element anchor(PageBlocks page, TextBlock block) {
    Element owner = block.owner();
    if (block.kind() == BlockKind.TEXT || block.kind() == BlockKind.CELL) {
      NodeStats s = page.of(owner);
      if (s != null && s.blockCount() > 1) {
        return owner;
      }
    }
    return owner.parent();
  }

  private static void add(PageBlocks page, Element e, double score, List<Element> candidates) {
    NodeStats s = page.of(e);
    if (s == null) {
      return;
    }
    if (s.score == 0) {
      candidates.add(e);
    }
    s.score += score;
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
        n++;
      }
    }
    return n;
  }

  private static double initialScore(Element e, NodeStats s) {
    double score =
        switch (e.normalName()) {
          case "div", "article", "section", "main" -> 5;
          case "td", "pre", "blockquote" -> 3;
          case "ol", "ul", "dl", "dd", "dt", "li", "form", "address" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return score + nameWeight(e, s.nameFlags);
  }

  private static double nameWeight(Element e, int flags) {
    double weight = 0;
    if ((flags & ElementNames.CONTENT) != 0) {
      weight += NAME_WEIGHT;
    }
    if ((flags & ~ElementNames.CONTENT) != 0) {
      weight -= NAME_WEIGHT;
    }
    if (NoiseRules.isArticleBody(e.attributes())) {
      weight += NAME_WEIGHT;
    }
    return weight;
  }

  /** Moves up from {@code top} while its parent holds no text of its own. */
  private static Element climbSoleChild(PageBlocks page, Element top) {
    Element current = top;
    while (true) {
      Element parent = current.parent();
      NodeStats ps = page.of(parent);
      if (ps == null || parent.normalName().equals("body")) {
        return current;
      }
      NodeStats cs = page.of(current);
      if (ps.chars != cs.chars) {
        return current;
      }
      ps.score = Math.max(ps.score, cs.score);
      current = parent;
    }
  }

  /** The best element with those of its siblings that belong to the same article, in order. */
  private static List<NodeStats> withSiblings(PageBlocks page, Element top, double topScore) {
    List<NodeStats> parts = new ArrayList<>();
    Element parent = top.parent();
    if (parent == null || page.of(parent) == null) {
      parts.add(page.of(top));
      return parts;
    }
    double threshold = Math.max(MIN_SIBLING_SCORE, topScore * SIBLING_SHARE);
    for (int i = 0; i < parent.childNodeSize(); i++) {
      if (!(parent.childNode(i) instanceof Element sibling)) {
        continue;
      }
      NodeStats s = page.of(sibling);
      if (s == null) {
        continue;
      }
      if (sibling == top || belongs(page, sibling, s, top, topScore, threshold)) {
        parts.add(s);
      }
    }
    return parts;
  }

  /**
   * Whether {@code sibling} of the best element is part of the same article: it scores well
   * (better when it shares the best element's class), or it is a paragraph of plain prose.
   */
  private static boolean belongs(
      PageBlocks page, Element sibling, NodeStats s, Element top, double topScore, double threshold) {
    double bonus = 0;
    if (!top.className().isEmpty() && top.className().equals(sibling.className())) {
      bonus = topScore * SIBLING_SHARE;
    }
    if (s.score != 0 && s.score + bonus >= threshold) {
      return true;
    }
    if (!sibling.normalName().equals("p") || s.blockCount() != 1) {
      return false;
    }
    String text = page.blocks().get(s.firstBlock).text();
    double density = s.linkDensity();
    if (s.chars > LONG_PARAGRAPH_CHARS) {
      return density < MAX_PARAGRAPH_LINK_DENSITY;
    }
    return s.chars > 0 && density == 0 && (text.endsWith(".") || text.contains(". "));
  }
}
