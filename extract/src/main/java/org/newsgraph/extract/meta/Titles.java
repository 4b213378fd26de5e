package org.newsgraph.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline. Metadata titles come first (JSON-LD headline, {@code og:title}, {@code
 * twitter:title}, {@code <title>}); a page heading that matches one of them is preferred, since
 * it carries no site name; otherwise the best metadata title is cleaned of the site name. The
 * site name alone is never a title.
 */
final class Titles {

  private static final int MAX_HEADING_CHARS = 400;
  private static final Pattern SEPARATOR_START = Pattern.compile("\\s*[-–—|»«·•~/:›]");
  private static final Pattern SEPARATOR_END = Pattern.compile("[-–—|»«·•~/:›]\\s*$");

  private Titles() {}

  /**
   * The headline: the page's heading that a declared title (JSON-LD, OpenGraph, meta tags, the
   * document title) names, else the heading marked up as the headline, else the cleaned declared
   * title, else the first {@code h1}; {@code null} when there is none.
   */
  static String find(
      Document doc,
      PageElements elements,
      MetaTags meta,
      JsonLd jsonLd,
      SiteKeys site,
      Regions regions) {
    List<String> declared = declared(doc, meta, jsonLd);
    List<Heading> headings = headings(elements, site, regions);
    for (Heading heading : headings) {
      if (matchesAny(heading.text(), declared, site)) {
        return heading.text();
      }
    }
    for (Heading heading : headings) {
      if (heading.element().attr("itemprop").toLowerCase(Locale.ROOT).contains("headline")) {
        return heading.text();
      }
    }
    for (String title : declared) {
      String clean = TitleCleaner.clean(title, site);
      if (clean != null) {
        return clean;
      }
    }
    return headings.stream()
        .filter(h -> h.element().normalName().equals("h1"))
        .map(Heading::text)
        .findFirst()
        .orElse(null);
  }

  private static List<String> declared(Document doc, MetaTags meta, JsonLd jsonLd) {
    List<String> titles = new ArrayList<>();
    for (Map<String, Object> article : jsonLd.articles()) {
      add(titles, JsonLd.string(article, "headline"));
    }
    meta.first("og:title").ifPresent(t -> add(titles, t));
    meta.first("twitter:title").ifPresent(t -> add(titles, t));
    meta.first("headline", "sailthru.title", "title").ifPresent(t -> add(titles, t));
    add(titles, doc.title());
    return titles;
  }

  /** A heading and its cleaned text. */
  private record Heading(Element element, String text) {}

  /** The page's headings that could be the headline, in page order. */
  private static List<Heading> headings(
      PageElements elements, SiteKeys site, Regions regions) {
    List<Heading> headings = new ArrayList<>();
    for (Element h : elements.titleHeadings) {
      String text = elements.texts.of(h, MAX_HEADING_CHARS);
      if (text != null
          && text.length() >= 3
          && !site.isExactly(text)
          && !regions.isElsewhere(h)) {
        headings.add(new Heading(h, text));
      }
    }
    return headings;
  }

  private static boolean matchesAny(String heading, List<String> declared, SiteKeys site) {
    String key = Text.key(heading);
    if (key.length() < 3 || site.matches(heading)) {
      return false;
    }
    for (String title : declared) {
      String titleKey = Text.key(title);
      if (titleKey.equals(key) || isSeparatedPart(heading, title)) {
        return true;
      }
      boolean substantial = key.length() >= 10 && key.length() * 5 >= titleKey.length() * 2;
      if (substantial && (titleKey.startsWith(key) || titleKey.endsWith(key))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code title} is {@code heading} and a separator and more, or the reverse. */
  private static boolean isSeparatedPart(String heading, String title) {
    String h = heading.toLowerCase(Locale.ROOT);
    String t = title.toLowerCase(Locale.ROOT);
    if (t.length() <= h.length() + 2) {
      return false;
    }
    if (t.startsWith(h)) {
      return SEPARATOR_START.matcher(t.substring(h.length())).lookingAt();
    }
    return t.endsWith(h) && SEPARATOR_END.matcher(t.substring(0, t.length() - h.length())).find();
  }

  private static void add(List<String> titles, String title) {
    String clean = Text.clean(title);
    if (!clean.isEmpty() && !titles.contains(clean)) {
      titles.add(clean);
    }
  }
}
