package org.newsgraph.extract.meta;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Dates written for readers: in short elements whose class or id speaks of a date, byline or
 * post metadata, and in the short texts right after the headline. Comments, related links,
 * sidebars and footers are skipped; dates introduced as updates count as modification dates, and
 * copyright dates do not count.
 */
final class TextDates {

  static final NamePattern DATE_CLASS =
      new NamePattern(
          "date|time|byline|posted|publish|stamp|dateline|meta|info|author|header|credit"
              + "|story-?head|article-?head|entry-?head",
          "date", "time", "byline", "posted", "publish", "stamp", "meta", "info", "author",
          "head", "credit");
  private static final int MAX_CHARS = 200;

  private TextDates() {}

  /**
   * Adds the dates of {@code nearHeadline}, the texts after the headline, and of the page's
   * short elements marked as dates or bylines.
   */
  static void collect(
      PageElements elements,
      List<String> nearHeadline,
      Regions regions,
      List<DateCandidate> out) {
    for (String text : nearHeadline) {
      if (add(text, "text after the headline", out)) {
        break;
      }
    }
    for (PageElements.Marked marked : elements.marked) {
      if (!marked.matches(DATE_CLASS)) {
        continue;
      }
      Element e = marked.element();
      String text = elements.texts.of(e, MAX_CHARS);
      if (text != null && !regions.isElsewhere(e) && add(text, "text of ." + e.className(), out)) {
        return;
      }
    }
  }

  /**
   * Adds the publication date of {@code text}, or else its modification date; true if it has a
   * publication date.
   */
  private static boolean add(String text, String origin, List<DateCandidate> out) {
    Optional<DateParser.Written> date = DateParser.findWritten(text);
    date.ifPresent(
        d ->
            out.add(
                new DateCandidate(
                    d.value(), d.updated() ? DateSource.MODIFIED : DateSource.TEXT, origin)));
    return date.isPresent() && !date.get().updated();
  }
}
