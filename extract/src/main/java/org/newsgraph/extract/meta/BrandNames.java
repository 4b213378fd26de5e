package org.newsgraph.extract.meta;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * The site's name as its page header shows it: a heading or logo element marked as such (class or
 * id naming a logo, brand, site or blog title or masthead), or a heading that is nothing
 * but a link to the site's home page. Blogs often put their name in the {@code <h1>}; this keeps
 * it from being taken for the headline.
 */
final class BrandNames {

  static final NamePattern BRAND_CLASS =
      new NamePattern(
          "logo|brand|site-?title|site-?name|blog-?title|blog-?name|masthead",
          "logo", "brand", "site", "blog", "masthead");
  private static final Evaluator LINK = Selector.evaluatorOf("a[href]");
  private static final Pattern HOME_PATH = Pattern.compile("/?([\\w~]+/?)?");
  private static final int MAX_CHARS = 60;
  private static final int MAX_BRANDS = 3;

  private BrandNames() {}

  /** The brand names of the page, at most a few, in page order. */
  static List<String> find(PageElements elements) {
    List<String> names = new ArrayList<>();
    for (Element e : elements.brandCandidates) {
      boolean brand =
          BRAND_CLASS.find(Regions.classAndId(e))
              || ((e.nameIs("h1") || e.nameIs("h2")) && isHomeLink(e));
      String text = brand ? elements.texts.of(e, MAX_CHARS) : null;
      if (text != null && text.length() >= 2 && !names.contains(text)) {
        names.add(text);
        if (names.size() == MAX_BRANDS) {
          break;
        }
      }
    }
    return names;
  }

  /** Whether the heading's text is one link to a home page ({@code /}, {@code /blog/}). */
  private static boolean isHomeLink(Element heading) {
    Element link = heading.selectFirst(LINK);
    if (link == null || !Text.clean(link.text()).equals(Text.clean(heading.text()))) {
      return false;
    }
    try {
      String path = new URI(link.attr("href").strip()).getPath();
      return path == null || HOME_PATH.matcher(path).matches();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
