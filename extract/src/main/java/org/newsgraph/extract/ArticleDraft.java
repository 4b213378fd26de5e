package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.core.Image;

/**
 * An article as read from HTML or scraped text, before the steps both share (dateline, repeated
 * lead, language) turn it into an {@link org.newsgraph.core.Article}.
 */
public record ArticleDraft(
    String title,
    List<String> authors,
    String published,
    String language,
    String site,
    String url,
    List<String> paragraphs,
    List<Image> images,
    List<String> warnings) {
  public ArticleDraft {
    authors = List.copyOf(authors);
    paragraphs = List.copyOf(paragraphs);
    images = List.copyOf(images);
    warnings = List.copyOf(warnings);
  }

  /** This draft with other paragraphs. */
  public ArticleDraft withParagraphs(List<String> newParagraphs) {
    return new ArticleDraft(
        title, authors, published, language, site, url, newParagraphs, images, warnings);
  }
}
