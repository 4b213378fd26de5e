package org.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a byline: {@code By Jane Doe}, {@code By JANE DOE and John Smith, Reuters}, {@code Posted
 * on March 3, 2021 by Jane Doe}. The names are the capitalised words after "by", up to a news
 * organisation, a role or a separator.
 */
final class Bylines {

  /** Bylines are short; a sentence that contains "by" is not one. */
  static final int MAX_WORDS = 14;

  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?:(?:posted|published|written|updated|story|words|text)\\b[^|]{0,60}?\\s)?"
              + "by:?\\s+(.+)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");
  private static final Pattern NAME_PART = Pattern.compile("\\p{Lu}[\\p{L}'\u2019.-]*");
  private static final Pattern ROLE =
      Pattern.compile(
          "\\b(?:correspondent|reporter|editor|writer|staff|columnist|contributor|bureau|chief"
              + "|desk|news|press|agency|associated|senior|political|foreign)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME_CONNECTOR =
      Pattern.compile("(?:de|van|von|der|da|di|la|le|bin)");

  private Bylines() {}

  /**
   * The people {@code f} names when it is a byline (possibly none, as in "By Reuters Staff"); empty
   * when it is not a byline.
   */
  static Optional<List<String>> authors(LineFeatures f) {
    if (f.words() > MAX_WORDS || f.text().endsWith(".") && f.words() > 6) {
      return Optional.empty();
    }
    Matcher m = BYLINE.matcher(f.text());
    if (!m.matches() || !Character.isUpperCase(m.group(1).codePointAt(0))) {
      return Optional.empty();
    }
    String names =
        m.group(1).split("\\s+(?:[|\u2013\u2014]|-{1,2})\\s+|\\s+(?:in|for|at|on)\\s+")[0];
    List<String> authors = new ArrayList<>();
    for (String candidate : NAME_SEPARATOR.split(names)) {
      if (!isName(candidate.strip())) {
        break;
      }
      authors.add(candidate.strip());
    }
    return Optional.of(authors);
  }

  /**
   * Two to five capitalised words, which may include particles such as "de" or "van", and no word
   * of a job title ("Senior Correspondent").
   */
  private static boolean isName(String candidate) {
    String[] parts = candidate.split("\\s+");
    if (parts.length < 2 || parts.length > 5 || ROLE.matcher(candidate).find()) {
      return false;
    }
    for (String part : parts) {
      if (!NAME_PART.matcher(part).matches() && !NAME_CONNECTOR.matcher(part).matches()) {
        return false;
      }
    }
    return true;
  }
}
