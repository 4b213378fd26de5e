package org.newsgraph.extract.html;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises the headline repeated at the top of the body: a line that, letters and digits
 * compared, equals the page title, makes up most of it, or is the part of it before or after a
 * separator (titles often add the site's name).
 */
final class Headlines {

  /** What sites put between the headline and their name: "Headline - Site", "Site | Headline". */
  private static final Pattern SEPARATOR = Pattern.compile("\\s[-|:\u2013\u2014\u00bb\u00b7\u2022/]+\\s");

  private Headlines() {}

  /** Whether {@code line} is {@code title}, or {@code title} without what the site adds. */
  static boolean matches(String line, String title) {
    if (title == null) {
      return false;
    }
    String l = letters(line);
    String t = letters(title);
    if (l.length() < 4 || t.isEmpty()) {
      return false;
    }
    if (l.equals(t)) {
      return true;
    }
    if (t.contains(l)) {
      return l.length() * 2 >= t.length() || isTitlePart(l, title);
    }
    return l.contains(t) && t.length() * 4 >= l.length() * 3;
  }

  /** Whether {@code letters} are one of the parts of {@code title} between separators. */
  private static boolean isTitlePart(String letters, String title) {
    for (String part : SEPARATOR.split(title)) {
      if (part.strip().indexOf(' ') > 0 && letters(part).equals(letters)) {
        return true;
      }
    }
    return false;
  }

  private static String letters(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
