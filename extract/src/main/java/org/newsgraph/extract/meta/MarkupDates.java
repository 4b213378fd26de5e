package org.newsgraph.extract.meta;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Publication dates in markup: {@code <time pubdate>}, hAtom {@code published} elements, and
 * {@code <time datetime>} elements in the article's header or byline. Those marked as updates
 * ({@code class="updated"}) count as modification dates.
 */
final class MarkupDates {

  private static final Pattern HEADER_CONTEXT =
      Pattern.compile("byline|meta|date|time|head|info|post|entry|article|story|publish|posted");
  private static final Pattern MODIFIED_CLASS = Pattern.compile("updated|modified|edited");
  private static final int MAX_ANCESTORS = 8;
  private static final int MAX_TEXT_CHARS = 200;

  private MarkupDates() {}

  static void collect(PageElements elements, Regions regions, List<DateCandidate> out) {
    for (Element time : elements.pubdates) {
      add(time, "pubdate attribute", regions, elements.texts, out);
    }
    for (Element e : elements.publishedClasses) {
      add(e, "class " + e.className(), regions, elements.texts, out);
    }
    for (Element time : elements.times) {
      if (isInHeader(time)) {
        add(time, "time element", regions, elements.texts, out);
      }
    }
  }

  /**
   * The date-bearing value of {@code e}: its datetime, content or title attribute, else its text
   * when short.
   */
  static String value(Element e, ShortTexts texts) {
    for (String attribute : new String[] {"datetime", "content", "title"}) {
      if (!e.attr(attribute).isBlank()) {
        return e.attr(attribute);
      }
    }
    String text = texts.of(e, MAX_TEXT_CHARS);
    return text == null ? "" : text;
  }

  private static void add(
      Element e, String origin, Regions regions, ShortTexts texts, List<DateCandidate> out) {
    if (regions.isElsewhere(e)) {
      return;
    }
    DateSource source =
        MODIFIED_CLASS.matcher(Regions.classAndId(e)).find()
            ? DateSource.MODIFIED
            : DateSource.MARKUP;
    DateParser.parseValue(value(e, texts))
        .ifPresent(d -> out.add(new DateCandidate(d, source, origin)));
  }

  private static boolean isInHeader(Element time) {
    Element e = time;
    for (int i = 0; e != null && i < MAX_ANCESTORS; i++, e = e.parent()) {
      String tag = e.normalName();
      if (tag.equals("article") || tag.equals("header") || tag.equals("main")) {
        return true;
      }
      if (HEADER_CONTEXT.matcher(Regions.classAndId(e)).find()) {
        return true;
      }
    }
    return false;
  }
}
