package org.newsgraph.extract.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.newsgraph.extract.dom.ElementWalk;

/**
 * Cuts a page into text blocks in one iterative walk, skipping page furniture, and counts text
 * and link text per element on the way, so later steps never re-read a subtree's text.
 */
final class BlockSegmenter {

  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir",
          "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset", "h1",
          "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "nav", "ol",
          "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
          "ul", "caption", "dialog", "legend", "menu");

  /**
   * Room for the statistics of a typical news page (about 250 elements hold a block or an image),
   * to spare the map its growing without clearing a large table for every page.
   */
  private static final int EXPECTED_STATS = 512;

  private BlockSegmenter() {}

  /** The blocks of everything under {@code root}. */
  static PageBlocks segment(Element root) {
    Walk walk = new Walk();
    ElementWalk.walk(root, walk);
    walk.flush();
    return new PageBlocks(walk.blocks, walk.stats, walk.images, walk.commentStarts);
  }

  private static boolean isBlock(Element e) {
    return BLOCK_TAGS.contains(e.normalName());
  }

  /** The walk's state: the open elements, the block being built, and what has been found. */
  private static final class Walk implements ElementWalk.Visitor {
    final List<TextBlock> blocks = new ArrayList<>();
    final Map<Element, NodeStats> stats = new IdentityHashMap<>(EXPECTED_STATS);
    final List<Element> images = new ArrayList<>();
    final List<Integer> commentStarts = new ArrayList<>();
    private final ElementNames names = new ElementNames();
    private final Deque<NodeStats> open = new ArrayDeque<>();
    private final Deque<Element> owners = new ArrayDeque<>();
    private final BlockText text = new BlockText();
    private int chars;
    private int linkChars;
    private int linkDepth;
    private int elementCount;

    /** Starts element {@code e}; returns whether to walk inside it (false for furniture). */
    @Override
    public boolean enter(Element e) {
      boolean block = isBlock(e);
      Attributes attrs = e.attributes();
      if (NoiseRules.isNeverContent(e, attrs)) {
        if (block) {
          flush();
        }
        return false;
      }
      int flags = names.flags(attrs.get("class"), attrs.get("id"));
      NoiseRules.Naming naming = NoiseRules.naming(e, attrs, flags);
      if (!block && naming.suspicion() != NoiseRules.Suspicion.NONE) {
        return false;
      }
      String tag = e.normalName();
      boolean link = false;
      int firstImage = images.size();
      if (tag.equals("br")) {
        lineBreak();
      } else if (tag.equals("a") && attrs.hasKey("href")) {
        link = true;
        linkDepth++;
      } else if (tag.equals("img") || tag.equals("amp-img")) {
        images.add(e);
      }
      if (block) {
        flush();
        owners.push(e);
      }
      NodeStats s = new NodeStats();
      s.naming = naming;
      s.nameFlags = flags;
      s.block = block;
      s.link = link;
      s.firstImage = firstImage;
      s.firstBlock = blocks.size();
      s.firstElement = elementCount++;
      open.push(s);
      return true;
    }

    @Override
    public void text(TextNode textNode) {
      count(text.append(textNode.getWholeText()));
    }

    /** Ends element {@code e}, whose inside has been walked. */
    @Override
    public void leave(Element e) {
      NodeStats s = open.peek();
      if (s.block) {
        flush();
        owners.pop();
      } else if (s.link) {
        linkDepth--;
      }
      open.pop();
      s.endBlock = blocks.size();
      s.lastElement = elementCount - 1;
      if (s.naming.suspicion() != NoiseRules.Suspicion.NONE && !s.holdsArticle()) {
        drop(e, s);
        return;
      }
      if (s.block || s.endBlock > s.firstBlock || images.size() > s.firstImage) {
        stats.put(e, s);
      }
      NodeStats parent = open.peek();
      if (parent != null) {
        parent.chars += s.chars;
        parent.linkChars += s.linkChars;
        parent.substantialBlocks += s.substantialBlocks;
        int named = Math.max(isPurelyContentNamed(s) ? s.chars : 0, s.contentNamedChars);
        parent.contentNamedChars = Math.max(parent.contentNamedChars, named);
      }
    }

    /** Whether the names of an element say it holds content and nothing else. */
    private static boolean isPurelyContentNamed(NodeStats s) {
      return s.naming.contentName() && (s.nameFlags & ~ElementNames.CONTENT) == 0;
    }

    /** Forgets furniture found to be furniture once its content was seen. */
    private void drop(Element e, NodeStats s) {
      blocks.subList(s.firstBlock, blocks.size()).clear();
      images.subList(s.firstImage, images.size()).clear();
      boolean heading = BlockKind.of(e) == BlockKind.HEADING;
      if (heading && s.naming.suspicion() == NoiseRules.Suspicion.COMMENTS) {
        markCommentStart();
      }
    }

    private void markCommentStart() {
      int at = blocks.size();
      if (commentStarts.isEmpty() || commentStarts.get(commentStarts.size() - 1) != at) {
        commentStarts.add(at);
      }
    }

    private void lineBreak() {
      Element owner = owners.peek();
      if (owner != null && BlockKind.of(owner).keepsLinesTogether()) {
        text.lineBreak();
      } else {
        flush();
      }
    }

    /** Counts {@code visible} new characters for the block and its innermost element. */
    private void count(int visible) {
      chars += visible;
      NodeStats s = open.peek();
      if (s != null) {
        s.chars += visible;
      }
      if (linkDepth > 0) {
        linkChars += visible;
        if (s != null) {
          s.linkChars += visible;
        }
      }
    }

    void flush() {
      if (!text.isEmpty()) {
        Element owner = owners.peek();
        if (owner != null) {
          TextBlock block =
              new TextBlock(text.text(), chars, text.words(), linkChars, owner, BlockKind.of(owner));
          if (SectionEnds.opensComments(block)) {
            markCommentStart();
          }
          blocks.add(block);
          NodeStats s = open.peek();
          if (s != null && block.isSubstantial()) {
            s.substantialBlocks++;
          }
        }
      }
      text.clear();
      chars = 0;
      linkChars = 0;
    }
  }
}
