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

  /** How many blocks above the article the headline may be for the lines between to be kept. */
  private static final int MAX_LEAD_IN_BLOCKS = 6;

  /** The body of {@code doc}; {@code metadata} tells the headline and byline to leave out. */
  public Body extract(Document doc, Metadata metadata) {
    Element root = doc.body() != null ? doc.body() : doc;
    PageBlocks page = BlockSegmenter.segment(root);
    ContentRegion region = RegionFinder.find(page, metadata.title());
    if (region.isEmpty()) {
      return new Body(List.of(), List.of());
    }
    List<TextBlock> leadIn = leadIn(page, region, metadata.title());
    List<TextBlock> blocks = new ArrayList<>(leadIn);
    blocks.addAll(regionBlocks(page, region));
    List<TextBlock> kept = BlockFilter.keep(blocks, metadata);
    if (NonArticles.isTeaserList(blocks, kept) || NonArticles.isErrorPage(metadata.title(), kept)) {
      return new Body(List.of(), List.of());
    }
    List<String> paragraphs = new ArrayList<>();
    for (TextBlock block : kept) {
      paragraphs.add(block.text());
    }
    int imagesFrom = leadIn.isEmpty() ? -1 : page.of(leadIn.get(0).owner()).firstElement;
    return new Body(paragraphs, ImageCollector.collect(page, region, imagesFrom));
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

  /**
   * The blocks between the headline and the start of {@code region} when the headline is just
   * above it: the standfirst and the lines under the headline that scoring left outside.
   */
  private static List<TextBlock> leadIn(PageBlocks page, ContentRegion region, String title) {
    int start = region.parts().get(0).firstBlock;
    for (int i = start - 1; i >= 0 && i >= start - MAX_LEAD_IN_BLOCKS; i--) {
      TextBlock block = page.blocks().get(i);
      if (block.kind() == BlockKind.HEADING
          && (block.owner().normalName().equals("h1") || Headlines.matches(block.text(), title))) {
        return page.blocks().subList(i, start);
      }
      if (block.linkDensity() >= 0.5 && block.words() > 3) {
        break;
      }
    }
    return List.of();
  }

  private static List<String> texts(List<TextBlock> blocks) {
    List<String> texts = new ArrayList<>(blocks.size());
    for (TextBlock block : blocks) {
      texts.add(block.text());
    }
    return texts;
  }
}
