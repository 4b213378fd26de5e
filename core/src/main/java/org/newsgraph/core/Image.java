package org.newsgraph.core;

import java.util.Objects;

/**
 * An image that belongs to the article body.
 *
 * @param src     the image address, absolute when the page's address is known
 * @param caption the caption a reader sees, or {@code null}; never a file name
 */
public record Image(String src, String caption) {

  public Image {
    Objects.requireNonNull(src, "src");
    if (src.isBlank()) {
      throw new IllegalArgumentException("image src is blank");
    }
  }
}
