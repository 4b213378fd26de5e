package org.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.List;
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
    List<TextBlock> blocks = new ArrayList<>();
    for (int i = 0; i < page.blocks().size(); i++) {
      if (region.containsBlock(i)) {
        blocks.add(page.blocks().get(i));
      }
    }
    List<String> paragraphs = new ArrayList<>();
    for (TextBlock block : BlockFilter.keep(blocks, metadata)) {
      paragraphs.add(block.text());
    }
    return new Body(paragraphs, ImageCollector.collect(page, region));
  }
}
