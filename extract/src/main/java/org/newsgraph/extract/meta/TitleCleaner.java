package org.newsgraph.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips the site name from a page title ({@code "Headline - Site"}, {@code "Site | Headline"},
 * {@code "Site: Headline"}). Where the separators make the pattern clear it also drops what the
 * site is not known to be: the parts after a {@code |} or {@code »} (sections, site names), and a
 * short name after a final dash.
 */
final class TitleCleaner {

  private static final Pattern SEPARATOR =
      Pattern.compile(
          "\\s+[-–—|»«·•~/:›]\\s+|\\s+::\\s+|\\s*\\|\\s*|\\s+[-–—]{2}\\s+|:\\s+");

  /** Separators that hardly ever occur inside a headline. */
  private static final Pattern STRONG = Pattern.compile("[|»«·•~/›]|::");

  private static final int MAX_SITE_WORDS = 6;
  private static final int MAX_TRAILING_WORDS = 4;

  private TitleCleaner() {}

  /** {@code title} without the site; {@code null} when nothing but the site is left. */
  static String clean(String title, SiteKeys site) {
    String t = Text.clean(title);
    if (t.isEmpty() || site.isExactly(t)) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    List<String> separators = new ArrayList<>();
    split(t, parts, separators);
    while (parts.size() > 1 && isSite(parts.get(parts.size() - 1), site)) {
      parts.remove(parts.size() - 1);
      separators.remove(separators.size() - 1);
    }
    while (parts.size() > 1 && isSite(parts.get(0), site)) {
      parts.remove(0);
      separators.remove(0);
    }
    if (separators.stream().anyMatch(s -> STRONG.matcher(s).find())) {
      return headlineAmongStrongParts(parts, separators);
    }
    int last = parts.size() - 1;
    if (last > 0 && isShortName(parts.get(last), join(parts, separators, 0, last),
        separators.get(last - 1))) {
      return join(parts, separators, 0, last);
    }
    return join(parts, separators, 0, parts.size());
  }

  private static void split(String t, List<String> parts, List<String> separators) {
    Matcher m = SEPARATOR.matcher(t);
    int start = 0;
    while (m.find()) {
      String part = t.substring(start, m.start()).strip();
      if (!part.isEmpty()) {
        parts.add(part);
        separators.add(m.group());
      }
      start = m.end();
    }
    String last = t.substring(start).strip();
    if (!last.isEmpty()) {
      parts.add(last);
    } else if (!separators.isEmpty()) {
      separators.remove(separators.size() - 1);
    }
  }

  private static boolean isSite(String part, SiteKeys site) {
    return Text.words(part) <= MAX_SITE_WORDS && site.matches(part);
  }

  /**
   * The headline among the parts that strong separators divide: the first unless another is more
   * than twice as long ("Site | Headline").
   */
  private static String headlineAmongStrongParts(List<String> parts, List<String> separators) {
    List<String> groups = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < separators.size(); i++) {
      if (STRONG.matcher(separators.get(i)).find()) {
        groups.add(join(parts, separators, start, i + 1));
        start = i + 1;
      }
    }
    groups.add(join(parts, separators, start, parts.size()));
    String first = groups.get(0);
    for (String group : groups) {
      if (group.length() > 2 * first.length()) {
        return group;
      }
    }
    return first;
  }

  /** A short, capitalised trailing part after a dash: a name, not the end of the headline. */
  private static boolean isShortName(String tail, String head, String separator) {
    if (separator.contains(":") || Text.words(tail) > MAX_TRAILING_WORDS) {
      return false;
    }
    if (tail.length() * 2 > head.length()) {
      return false;
    }
    String[] words = tail.split(" ");
    if (words.length == 1) {
      return Character.isUpperCase(tail.codePointAt(0)) || tail.contains(".");
    }
    for (String word : words) {
      if (word.length() > 3
          && !Character.isUpperCase(word.codePointAt(0))
          && !Character.isDigit(word.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static String join(List<String> parts, List<String> separators, int from, int to) {
    StringBuilder out = new StringBuilder(parts.get(from));
    for (int i = from + 1; i < to; i++) {
      out.append(separators.get(i - 1)).append(parts.get(i));
    }
    return out.toString();
  }
}
