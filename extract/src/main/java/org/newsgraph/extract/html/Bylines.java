package org.newsgraph.extract.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises byline lines: "By Jane Doe", "Posted by timothy on Tuesday", "Post written by Leo
 * Babauta.", "Author: Jane Doe", or a short line naming one of the article's known authors.
 */
final class Bylines {

  private static final int MAX_WORDS = 16;

  /** Up to three words, "by", then the first letter of the name. */
  private static final Pattern BY =
      Pattern.compile("^((?:[\\p{L}-]+ ){0,3}?)by (\\p{L})", Pattern.CASE_INSENSITIVE);

  private static final Pattern AUTHOR_LABEL =
      Pattern.compile("^(?:author|authors|written by|posted by|reporter)\\s*:", Pattern.CASE_INSENSITIVE);

  /** Words that may stand before "by" in a byline. */
  private static final Set<String> LEAD_WORDS =
      Set.of(
          "post", "article", "story", "photo", "photos", "text", "report", "reporting", "words",
          "posted", "written", "published", "updated", "compiled", "edited", "reviewed", "guest",
          "a", "submitted", "contributed", "blog", "entry", "modified");

  /** A capitalised name of two to four words. */
  private static final String NAME = "\\p{Lu}[\\p{L}.'\\u2019-]*(?: \\p{Lu}[\\p{L}.'\\u2019-]*){1,3}";

  /** "Jane Doe | Reuters", "Jane Doe - Staff Writer", or a name alone. */
  private static final Pattern CREDIT =
      Pattern.compile("^" + NAME + "(?:\\s*[|/,\\u2013\\u2014\\u00b7-]\\s*[\\p{L}&.' ]{2,40})?$");

  private static final int MAX_CREDIT_WORDS = 8;

  private Bylines() {}

  /**
   * Whether {@code line}, found above the article text, credits its author: a name alone or a
   * name and a publication ("Jane Doe | Reuters").
   */
  static boolean isCredit(String line, int words) {
    return words <= MAX_CREDIT_WORDS && CREDIT.matcher(line).matches();
  }

  /** Whether {@code line} of {@code words} words is a byline; {@code authors} are known names. */
  static boolean matches(String line, int words, List<String> authors) {
    if (words > MAX_WORDS) {
      return false;
    }
    if (AUTHOR_LABEL.matcher(line).lookingAt() || byPhrase(line)) {
      return true;
    }
    String lower = line.toLowerCase(Locale.ROOT);
    for (String author : authors) {
      if (author.length() > 3 && lower.contains(author.toLowerCase(Locale.ROOT))) {
        return words <= author.split("\\s+").length + 6;
      }
    }
    return false;
  }

  private static boolean byPhrase(String line) {
    Matcher m = BY.matcher(line);
    if (!m.lookingAt()) {
      return false;
    }
    String lead = m.group(1).strip().toLowerCase(Locale.ROOT);
    if (lead.isEmpty()) {
      return Character.isUpperCase(m.group(2).charAt(0));
    }
    for (String word : lead.split(" ")) {
      if (!LEAD_WORDS.contains(word)) {
        return false;
      }
    }
    return true;
  }
}
