package org.newsgraph.extract.html;

import java.util.List;
import org.newsgraph.core.Image;

/**
 * The main content of an HTML page.
 *
 * @param paragraphs the body's paragraphs in reading order, each trimmed and non-empty
 * @param images     the body's images with their captions
 */
public record Body(List<String> paragraphs, List<Image> images) {
  public Body {
    paragraphs = List.copyOf(paragraphs);
    images = List.copyOf(images);
  }
}
