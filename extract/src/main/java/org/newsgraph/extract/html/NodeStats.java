package org.newsgraph.extract.html;

/**
 * What one traversal of the page learned about an element, counting only text outside page
 * furniture: how much text and link text it holds, which blocks and elements lie inside it, and
 * the content score its blocks gave it.
 */
final class NodeStats {

  /** A block of this many words with few links is a real paragraph of text. */
  static final int SUBSTANTIAL_WORDS = 25;

  int chars;
  int linkChars;
  /** Index of the first block inside the element. */
  int firstBlock;
  /** Index after the last block inside the element. */
  int endBlock;
  /** Document-order number of the element itself. */
  int firstElement;
  /** Document-order number of the last element inside it (itself when it has none). */
  int lastElement;
  double score;
  /** Index of the first image inside the element, or of the element itself when an image. */
  int firstImage;
  /** Blocks inside of at least {@link #SUBSTANTIAL_WORDS} words and few links. */
  int substantialBlocks;
  /** Characters of the largest descendant whose names say it holds the article. */
  int contentNamedChars;
  /** What the element's class and id say about it: {@link ElementNames} flags. */
  int nameFlags;
  /** Whether the element is block-level, so that it starts and ends text blocks. */
  boolean block;
  /** Whether the element is a link, whose text is link text. */
  boolean link;
  NoiseRules.Naming naming = NoiseRules.Naming.PLAIN;

  /** The share of the element's text that is link text, from 0 to 1. */
  double linkDensity() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }

  /**
   * Whether an element whose names make it suspect holds what looks like the article all the
   * same: real paragraphs, and a wrapper named for the content holding much of its text (or, for
   * names that are only likely furniture, several real paragraphs). Reader comments never do.
   */
  boolean holdsArticle() {
    if (substantialBlocks == 0) {
      return false;
    }
    boolean namedContent = contentNamedChars * 10 >= chars * 3;
    return switch (naming.suspicion()) {
      case NONE -> true;
      case LIKELY -> namedContent || substantialBlocks >= 3;
      case CERTAIN -> namedContent || naming.contentName();
      case COMMENTS -> false;
    };
  }

  int blockCount() {
    return endBlock - firstBlock;
  }

  boolean containsElement(int order) {
    return order >= firstElement && order <= lastElement;
  }
}
