package org.newsgraph.extract.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises short lines of web-page furniture by their wording ("Share this article", "Read
 * more", "Sign up for our newsletter", "Comments are closed"), from the rule table {@code
 * boilerplate-lines.tsv}.
 */
final class BoilerplateLines {

  private static final String RULES = "boilerplate-lines.tsv";

  private record Rule(int maxWords, Pattern pattern) {}

  /** The rules, those for the longest lines first. */
  private static final List<Rule> RULE_LIST = load();

  private BoilerplateLines() {}

  /** Whether {@code line}, of {@code words} words, is furniture. */
  static boolean matches(String line, int words) {
    String lower = null;
    for (Rule rule : RULE_LIST) {
      if (words > rule.maxWords()) {
        return false;
      }
      if (lower == null) {
        lower = line.toLowerCase(Locale.ROOT);
      }
      if (rule.pattern().matcher(lower).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  private static List<Rule> load() {
    InputStream in = BoilerplateLines.class.getResourceAsStream(RULES);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RULES);
    }
    List<Rule> rules = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        rules.add(
            new Rule(
                Integer.parseInt(line.substring(0, tab)),
                Pattern.compile(line.substring(tab + 1), Pattern.UNICODE_CASE)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RULES, e);
    }
    rules.sort(Comparator.comparingInt(Rule::maxWords).reversed());
    return List.copyOf(rules);
  }
}
