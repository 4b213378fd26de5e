package org.newsgraph.nlp.event;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.text.Token;

/**
 * Where a wire story was filed: "OSLO, April 3 (Nordwire) - ", "MOSCOW (Reuters) - ", "TOKYO,
 * Feb 18 — " opening a sentence. A dateline is a place in capitals (or any capitalised place
 * with a date or an agency), then a region, a date and an agency in brackets, each optional,
 * then a spaced dash. Parsers take its place for the subject and hang the real one on it; the
 * dateline is no actor, so its words are lifted out of the tree.
 */
final class Datelines {

  private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014", "--", "---");
  private static final Set<String> OPENING = Set.of("(", "-LRB-");
  private static final Set<String> CLOSING = Set.of(")", "-RRB-");
  private static final Set<String> CALENDAR_WORDS = calendarWords();
  private static final int LONGEST_NAME = 4;

  private final ActorCodes codes;

  Datelines(ActorCodes codes) {
    this.codes = codes;
  }

  /** How many tokens a dateline takes at the start of {@code tokens}, dash included; 0 when none. */
  int length(List<Token> tokens) {
    int place = capitalised(tokens, 0);
    if (place == 0) {
      return 0;
    }
    boolean capitals = isCapitals(tokens.get(0).text());
    boolean dated = false;
    boolean region = false;
    int i = place;
    while (i < tokens.size()) {
      String text = tokens.get(i).text();
      int name = capitalised(tokens, i + 1);
      if (text.equals(",") || text.equals(":")) {
        i++;
      } else if (isCalendarWord(text)) {
        dated = true;
        i++;
        while (i < tokens.size() && tokens.get(i).text().matches("\\d{1,4}|\\.")) {
          i++;
        }
      } else if (OPENING.contains(text) && name > 0 && i + 1 + name < tokens.size()
          && CLOSING.contains(tokens.get(i + 1 + name).text())) {
        dated = true;
        i += name + 2;
      } else if (tokens.get(i - 1).text().equals(",") && !region && capitalised(tokens, i) > 0) {
        region = true;
        i += capitalised(tokens, i);
      } else {
        break;
      }
    }
    boolean dash = i < tokens.size() && DASHES.contains(tokens.get(i).text()) && spaced(tokens, i);
    if (dash && (dated || region || isPlaceName(tokens, place)) && (capitals || dated)) {
      return i + 1;
    }
    return !dash && capitals && dated ? i : 0;
  }

  /**
   * {@code g} with a dateline's words hung from the root as {@code dep}, and its role given to
   * the word the parser hung on it ("OSLO ... - Norway summoned": Norway is the subject).
   */
  DependencyGraph lifted(DependencyGraph g) {
    int n = length(g.sentence().tokens());
    if (n == 0 || n >= g.size()) {
      return g;
    }
    int[] heads = new int[g.size()];
    String[] labels = new String[g.size()];
    int heir = -1;
    for (int i = 0; i < g.size(); i++) {
      heads[i] = g.head(i);
      labels[i] = g.label(i);
      if (i >= n && inside(heads[i], n) && !labels[i].equals("punct") && heir < 0) {
        heir = i;
      }
    }
    int top = -1;
    for (int i = 0; i < n; i++) {
      if (!inside(heads[i], n) && heads[i] != heir && (top < 0 || heads[i] < 0)) {
        top = i;
      }
    }
    if (heir >= 0 && top >= 0) {
      heads[heir] = heads[top];
      labels[heir] = labels[top];
    }
    int root = -1;
    for (int i = n; i < g.size() && root < 0; i++) {
      root = heads[i] < 0 ? i : -1;
    }
    if (root < 0) {
      return g;
    }
    for (int i = 0; i < g.size(); i++) {
      if (i < n && !inside(heads[i], n)) {
        heads[i] = root;
        labels[i] = "dep";
      } else if (i >= n && inside(heads[i], n)) {
        heads[i] = heir >= 0 ? heir : root;
      }
    }
    return new DependencyGraph(g.sentence(), heads, labels);
  }

  private static boolean inside(int head, int n) {
    return head >= 0 && head < n;
  }

  /** How many capitalised words (at most a few) start at {@code from}. */
  private static int capitalised(List<Token> tokens, int from) {
    int n = 0;
    while (from + n < tokens.size() && n < LONGEST_NAME) {
      String text = tokens.get(from + n).text();
      if (text.isEmpty() || !Character.isUpperCase(text.charAt(0)) || isCalendarWord(text)) {
        break;
      }
      n++;
    }
    return n;
  }

  private boolean isPlaceName(List<Token> tokens, int n) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
      name.append(i == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return codes.code(name.toString()) != null;
  }

  private static boolean isCapitals(String word) {
    return word.length() >= 2 && word.chars().anyMatch(Character::isLetter)
        && word.equals(word.toUpperCase(Locale.ROOT));
  }

  private static boolean spaced(List<Token> tokens, int i) {
    return i > 0 && tokens.get(i - 1).end() < tokens.get(i).start();
  }

  private static boolean isCalendarWord(String word) {
    String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    return CALENDAR_WORDS.contains(w.toLowerCase(Locale.ROOT));
  }

  private static Set<String> calendarWords() {
    Set<String> words = new HashSet<>();
    for (Month m : Month.values()) {
      String name = m.name().toLowerCase(Locale.ROOT);
      words.add(name);
      words.add(name.substring(0, 3));
    }
    words.add("sept");
    for (DayOfWeek d : DayOfWeek.values()) {
      String name = d.name().toLowerCase(Locale.ROOT);
      words.add(name);
      words.add(name.substring(0, 3));
    }
    return Set.copyOf(words);
  }
}
