package org.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.newsgraph.core.Image;

/**
 * Collects the images of the article region with their captions, leaving out tracking pixels,
 * icons and other decoration.
 */
final class ImageCollector {

  private static final int MIN_SIDE = 50;
  private static final int CAPTION_LEVELS = 4;
  /** An element holding more text blocks than this is no longer the image's figure. */
  private static final int MAX_FIGURE_BLOCKS = 3;

  /**
   * Words in the addresses of decoration rather than pictures of the story, matched ignoring
   * ASCII case ("icon" also covers "/icons/", "avatar" also "gravatar").
   */
  private static final List<String> DECORATION_WORDS =
      List.of(
          "pixel", "spacer", "blank.gif", "transparent", "1x1", "tracking", "icon", "logo",
          "avatar", "sprite", "badge", "button", "emoji", "smiley", "feedburner", "feed-burner",
          "/ad/", "/ads/", "doubleclick");

  /** A run of spacing, made one space in captions. */
  private static final Pattern SPACING = Pattern.compile("\\s+");

  private static final Evaluator CAPTION =
      QueryParser.parse("figcaption, [class*=caption], [class*=Caption]");

  /** Attributes that hold the picture's address, lazy loaders' first. */
  private static final List<String> SOURCE_ATTRIBUTES =
      List.of("data-src", "data-original", "data-lazy-src", "src");

  private static final Set<String> EMPTY_CAPTIONS =
      Set.of("image", "photo", "picture", "img", "thumbnail", "thumb", "graphic", "figure");

  private ImageCollector() {}

  /**
   * The images of {@code region} on {@code page}, in document order, with those between the
   * element of document-order number {@code leadInFrom} (the headline above the region; -1 when
   * there is none) and the region: the lead picture often sits there.
   */
  static List<Image> collect(PageBlocks page, ContentRegion region, int leadInFrom) {
    int regionFrom = region.parts().get(0).firstElement;
    List<Image> images = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Element img : page.images()) {
      NodeStats s = page.of(img);
      boolean inLeadIn =
          s != null && leadInFrom >= 0 && s.firstElement >= leadInFrom && s.firstElement < regionFrom;
      if (s == null || !(inLeadIn || region.containsElement(s.firstElement)) || isSmall(img)) {
        continue;
      }
      String src = source(img);
      if (src == null || isDecoration(src) || !seen.add(src)) {
        continue;
      }
      images.add(new Image(src, caption(page, img)));
    }
    return images;
  }

  /**
   * Whether {@code src} is the address of decoration: it holds one of {@link #DECORATION_WORDS},
   * read as a browser reads an address, without its ASCII tabs and line breaks.
   */
  static boolean isDecoration(String src) {
    StringBuilder address = new StringBuilder(src.length());
    for (int i = 0; i < src.length(); i++) {
      char c = src.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') {
        address.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
      }
    }
    for (String word : DECORATION_WORDS) {
      if (address.indexOf(word) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSmall(Element img) {
    int width = dimension(img.attr("width"));
    int height = dimension(img.attr("height"));
    return (width >= 0 && width < MIN_SIDE) || (height >= 0 && height < MIN_SIDE);
  }

  /** A pixel size from an attribute, or -1 when absent or not a plain number. */
  private static int dimension(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.endsWith("px")) {
      v = v.substring(0, v.length() - 2);
    }
    if (v.isEmpty() || v.length() > 6) {
      return -1;
    }
    for (int i = 0; i < v.length(); i++) {
      if (!Character.isDigit(v.charAt(i))) {
        return -1;
      }
    }
    return Integer.parseInt(v);
  }

  /**
   * The picture's address, absolute when the page's is known: where a lazy loader keeps the real
   * address, that one, else {@code src}.
   */
  private static String source(Element img) {
    for (String attribute : SOURCE_ATTRIBUTES) {
      String raw = img.attr(attribute).strip();
      if (raw.isEmpty() || raw.startsWith("data:")) {
        continue;
      }
      // Without a scheme and without a page address to resolve against, absUrl gives "" after
      // failing twice with exceptions: the answer is the raw address, found for less.
      if (raw.indexOf(':') < 0 && img.baseUri().isEmpty()) {
        return raw;
      }
      String absolute = img.absUrl(attribute);
      return absolute.isEmpty() ? raw : absolute;
    }
    return null;
  }

  /** The caption of the figure around {@code img}, else its title or alt text. */
  private static String caption(PageBlocks page, Element img) {
    Element level = img.parent();
    for (int i = 0; i < CAPTION_LEVELS && level != null; i++, level = level.parent()) {
      NodeStats s = page.of(level);
      if (s == null || s.blockCount() > MAX_FIGURE_BLOCKS) {
        break;
      }
      Element figcaption = level.selectFirst(CAPTION);
      if (figcaption != null) {
        String text = figcaption.text().strip();
        if (!text.isEmpty()) {
          return meaningful(text);
        }
      }
      if (level.normalName().equals("figure") || level.normalName().equals("p")) {
        break;
      }
    }
    String title = meaningful(img.attr("title"));
    return title != null ? title : meaningful(img.attr("alt"));
  }

  /** {@code text} stripped, or {@code null} when it is empty, a file name or a placeholder. */
  private static String meaningful(String text) {
    String t = FileNames.withoutLeadingFileName(SPACING.matcher(text.strip()).replaceAll(" "));
    if (t.isEmpty() || FileNames.isFileNameOrSlug(t)) {
      return null;
    }
    return EMPTY_CAPTIONS.contains(t.toLowerCase(Locale.ROOT)) ? null : t;
  }
}
