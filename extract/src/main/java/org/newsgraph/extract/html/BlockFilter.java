package org.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.meta.Metadata;

/**
 * Decides which blocks of the article region are article text: it drops blocks that are mostly
 * links, lines of web-page furniture, bylines, date lines, and the headline repeated at the top.
 */
final class BlockFilter {

  /** A block this long (words) is article text; header lines come before the first one. */
  private static final int LEAD_WORDS = 15;

  private BlockFilter() {}

  /** The blocks of {@code region} worth keeping, in order. */
  static List<TextBlock> keep(List<TextBlock> region, Metadata metadata) {
    List<TextBlock> kept = new ArrayList<>();
    boolean inHeader = true;
    for (TextBlock block : region) {
      if (inHeader && Headlines.matches(block.text(), metadata.title())) {
        continue;
      }
      if (isFurniture(block, metadata)) {
        continue;
      }
      if (block.words() >= LEAD_WORDS) {
        inHeader = false;
      }
      kept.add(block);
    }
    return kept;
  }

  private static boolean isFurniture(TextBlock block, Metadata metadata) {
    int words = block.words();
    double density = block.linkDensity();
    if (density >= 0.5 || (words <= 5 && density > 0)) {
      return true;
    }
    return BoilerplateLines.matches(block.text(), words)
        || DateOnlyLines.matches(block.text())
        || Bylines.matches(block.text(), words, metadata.authors());
  }
}
