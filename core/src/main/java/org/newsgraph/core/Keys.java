package org.newsgraph.core;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Normalisation shared by the cross-article keys: case, accents, punctuation, honorifics. */
final class Keys {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Set<String> LEADING = Set.of("the", "mr", "mrs", "ms", "dr", "sir", "madam");

  private Keys() {}

  /** "Mr. Shinzō Abe" and "shinzo abe" both become {@code shinzo abe}. */
  static String normalise(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("");
    s = s.replace("'s", "").replace("\u2019s", "");
    s = NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    while (true) {
      int space = s.indexOf(' ');
      if (space < 0 || !LEADING.contains(s.substring(0, space))) {
        return s;
      }
      s = s.substring(space + 1);
    }
  }
}
