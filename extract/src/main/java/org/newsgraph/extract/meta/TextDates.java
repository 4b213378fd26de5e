package org.newsgraph.extract.meta;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Dates written for readers: in short elements whose class or id speaks of a date, byline or
 * post metadata, and in the short texts right after the headline. Comments, related links,
 * sidebars and footers are skipped; dates introduced as updates count as modification dates, and
 * copyright dates do not count.
 */
final class TextDates {

  private static final Pattern DATE_CLASS =
      Pattern.compile(
          "date|time|byline|posted|publish|stamp|dateline|meta|info|author|header|credit"
              + "|story-?head|article-?head|entry-?head");
  private static final int MAX_CHARS = 200;

  private TextDates() {}

  static void collect(
      Document doc, Element headline, Regions regions, List<DateCandidate> out) {
    for (String text : NearHeadline.texts(headline, regions)) {
      if (add(text, "text after the headline", out)) {
        break;
      }
    }
    for (Element e : doc.body().getAllElements()) {
      String classAndId = Regions.classAndId(e);
      if (classAndId.isEmpty() || !DATE_CLASS.matcher(classAndId).find()) {
        continue;
      }
      String text = Text.shortText(e, MAX_CHARS);
      if (text != null && !regions.isElsewhere(e) && add(text, "text of ." + e.className(), out)) {
        return;
      }
    }
  }

  /** Adds the publication date of {@code text}, or else its modification date; true if any. */
  private static boolean add(String text, String origin, List<DateCandidate> out) {
    if (DateParser.find(text)
        .map(d -> out.add(new DateCandidate(d, DateSource.TEXT, origin)))
        .orElse(false)) {
      return true;
    }
    DateParser.findUpdate(text)
        .ifPresent(d -> out.add(new DateCandidate(d, DateSource.MODIFIED, origin)));
    return false;
  }
}
