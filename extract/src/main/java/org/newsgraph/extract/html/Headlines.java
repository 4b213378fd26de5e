package org.newsgraph.extract.html;

import java.util.Locale;

/**
 * Recognises the headline repeated at the top of the body: a line that, letters and digits
 * compared, equals the page title or makes up most of it (titles often add the site's name).
 */
final class Headlines {

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
      return l.length() * 2 >= t.length();
    }
    return l.contains(t) && t.length() * 4 >= l.length() * 3;
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
