package org.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.meta.Metadata;

/**
 * Decides which blocks of the article region are article text. It drops lines of web-page
 * furniture, bylines, date lines and the headline repeated at the top. A block that is mostly
 * links is kept only when it stands alone between paragraphs of text, as a linked sentence of
 * the story does, and not in a run of links (related stories, navigation, tag lists).
 */
final class BlockFilter {

  /** A block this long (words) is article text; header lines come before the first one. */
  private static final int LEAD_WORDS = 15;
  /** The longest run of mostly-linked blocks that can be sentences of the article. */
  private static final int MAX_LINKED_RUN = 2;

  private enum Verdict {
    TEXT,
    LINKS,
    FURNITURE
  }

  private BlockFilter() {}

  /** The blocks of {@code region} worth keeping, in order. */
  static List<TextBlock> keep(List<TextBlock> region, Metadata metadata) {
    List<Verdict> verdicts = new ArrayList<>(region.size());
    boolean inHeader = true;
    for (TextBlock block : region) {
      Verdict verdict = judge(block, metadata, inHeader);
      if (verdict == Verdict.TEXT && block.words() >= LEAD_WORDS) {
        inHeader = false;
      }
      verdicts.add(verdict);
    }
    List<TextBlock> kept = new ArrayList<>();
    for (int i = 0; i < region.size(); i++) {
      Verdict verdict = verdicts.get(i);
      if (verdict == Verdict.TEXT
          || (verdict == Verdict.LINKS && isLinkedSentence(region, verdicts, i))) {
        kept.add(region.get(i));
      }
    }
    return kept;
  }

  /**
   * Whether the mostly-linked block {@code i} is a sentence of the article: a paragraph or list
   * item in a run of at most {@link #MAX_LINKED_RUN} such blocks with text on both sides, not one
   * of a list of links or a teaser.
   */
  private static boolean isLinkedSentence(List<TextBlock> region, List<Verdict> verdicts, int i) {
    int first = i;
    while (first > 0 && verdicts.get(first - 1) == Verdict.LINKS) {
      first--;
    }
    int last = i;
    while (last + 1 < region.size() && verdicts.get(last + 1) == Verdict.LINKS) {
      last++;
    }
    if (last - first + 1 > MAX_LINKED_RUN || first == 0 || last + 1 == region.size()) {
      return false;
    }
    if (verdicts.get(first - 1) != Verdict.TEXT || verdicts.get(last + 1) != Verdict.TEXT) {
      return false;
    }
    TextBlock block = region.get(i);
    BlockKind kind = block.kind();
    boolean teaser = block.text().endsWith("...") || block.text().endsWith("\u2026");
    return !teaser
        && kind != BlockKind.HEADING
        && kind != BlockKind.CELL
        && kind != BlockKind.CAPTION;
  }

  private static Verdict judge(TextBlock block, Metadata metadata, boolean inHeader) {
    if (block.kind() == BlockKind.CAPTION || FileNames.isFileName(block.text())) {
      return Verdict.FURNITURE;
    }
    int words = block.words();
    String text = block.text();
    if (inHeader && Headlines.matches(text, metadata.title())) {
      return Verdict.FURNITURE;
    }
    if (inHeader && block.kind() != BlockKind.HEADING && Bylines.isCredit(text, words)) {
      return Verdict.FURNITURE;
    }
    if (BoilerplateLines.matches(text, words)
        || DateOnlyLines.matches(text, words)
        || Bylines.matches(text, words, metadata.authors())) {
      return Verdict.FURNITURE;
    }
    double density = block.linkDensity();
    if (words <= 5 && density > 0) {
      return Verdict.FURNITURE;
    }
    return density >= 0.5 ? Verdict.LINKS : Verdict.TEXT;
  }
}
