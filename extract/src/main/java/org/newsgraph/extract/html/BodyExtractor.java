package org.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.extract.meta.Metadata;

/**
 * Finds the main content of an HTML page and returns it as paragraphs and images: the page is
 * cut into text blocks without its furniture, the article region is chosen by where the
 * substantial text is, and the region's blocks are filtered of links, bylines and web-page
 * phrases. A page whose best region is a list of teasers (a home or section page) has no body.
 */
public final class BodyExtractor {

  /** The body of {@code doc}; {@code metadata} tells the headline and byline to leave out. */
  public Body extract(Document doc, Metadata metadata) {
    Element root = doc.body() != null ? doc.body() : doc;
    PageBlocks page = BlockSegmenter.segment(root);
    ContentRegion region = RegionFinder.find(page);
    if (region.isEmpty()) {
      return new Body(List.of(), List.of());
    }
    List<TextBlock> blocks = regionBlocks(page, region);
    List<String> paragraphs = new ArrayList<>();
    for (TextBlock block : BlockFilter.keep(blocks, metadata)) {
      paragraphs.add(block.text());
    }
    return new Body(paragraphs, ImageCollector.collect(page, region));
  }

  /**
   * The blocks of {@code region} up to where reader comments begin after the article text, each
   * part of the region that only repeats an earlier part (a second copy for print) left out.
   */
  private static List<TextBlock> regionBlocks(PageBlocks page, ContentRegion region) {
    List<TextBlock> blocks = new ArrayList<>();
    Set<List<String>> partTexts = new HashSet<>();
    boolean started = false;
    for (NodeStats part : region.parts()) {
      if (!partTexts.add(texts(page.blocks().subList(part.firstBlock, part.endBlock)))) {
        continue;
      }
      for (int i = part.firstBlock; i < part.endBlock; i++) {
        if (started && Collections.binarySearch(page.commentStarts(), i) >= 0) {
          return blocks;
        }
        TextBlock block = page.blocks().get(i);
        started |= block.isSubstantial();
        blocks.add(block);
      }
    }
    return blocks;
  }

  private static List<String> texts(List<TextBlock> blocks) {
    List<String> texts = new ArrayList<>(blocks.size());
    for (TextBlock block : blocks) {
      texts.add(block.text());
    }
    return texts;
  }
}
