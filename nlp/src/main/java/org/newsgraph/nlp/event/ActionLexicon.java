package org.newsgraph.nlp.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.nlp.text.Token;

/**
 * The trigger words of each action, read from {@code actions.csv} (documented in the file), and
 * the search for them in a sentence before it is parsed.
 */
final class ActionLexicon {

  /**
   * A trigger found in a sentence: the word that anchors the event, the other word of a two-word
   * trigger (or -1), and the action.
   */
  record Match(int index, int second, Action action) {}

  /** A trigger: its anchor (a verb's first word, a noun's last) and the other words in text order. */
  private record Entry(String anchor, List<String> others, boolean noun, Action action) {}

  private static final int GAP = 4;

  private final Map<String, List<Entry>> byAnchor = new HashMap<>();
  private final Map<String, Action> actions = new HashMap<>();

  private ActionLexicon() {}

  /** The lexicon on the class path. */
  static ActionLexicon load() {
    ActionLexicon lexicon = new ActionLexicon();
    try (InputStream in = ActionLexicon.class.getResourceAsStream("actions.csv")) {
      if (in == null) {
        throw new IllegalStateException("actions.csv is missing from the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lexicon.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read actions.csv", e);
    }
    return lexicon;
  }

  private void add(String line) {
    String[] f = line.split("\\|", -1);
    if (f.length != 7) {
      throw new IllegalStateException("actions.csv: seven fields expected: " + line);
    }
    String intent = switch (f[4]) {
      case "A" -> "AGREE";
      case "T" -> "THREATEN";
      default -> null;
    };
    boolean reciprocal = f[5].equals("rec");
    Action action = new Action(f[0], dash(f[1]), dash(f[2]), f[3], intent,
        reciprocal || f[5].equals("sym"), f[5].equals("dom"), reciprocal);
    actions.put(action.name(), action);
    for (String trigger : f[6].trim().split("\\s+")) {
      boolean noun = trigger.endsWith("/n");
      List<String> words =
          new ArrayList<>(List.of((noun ? trigger.substring(0, trigger.length() - 2) : trigger).split("\\+")));
      String anchor = noun ? words.remove(words.size() - 1) : words.remove(0);
      byAnchor.computeIfAbsent(anchor, k -> new ArrayList<>()).add(new Entry(anchor, words, noun, action));
    }
  }

  private static String dash(String field) {
    return field.equals("-") ? null : field;
  }

  /** The CAMEO roots (first two digits) the actions are coded with, done or announced. */
  Set<String> cameoRoots() {
    Set<String> roots = new TreeSet<>();
    for (Action a : actions.values()) {
      roots.add(a.cameo().substring(0, 2));
      roots.add(a.intentCameo().substring(0, 2));
    }
    return roots;
  }

  /** The action called {@code name}, or {@code null}. */
  Action action(String name) {
    return actions.get(name);
  }

  /**
   * The triggers among {@code tokens}: at most one per anchoring word, two-word triggers before
   * one-word ones, then table order. A verb's other words follow it, a noun's precede it, each
   * within four words of the last.
   */
  List<Match> find(List<Token> tokens) {
    List<Match> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      List<Entry> entries = byAnchor.get(lemma(t));
      if (entries == null) {
        continue;
      }
      Match best = null;
      for (Entry e : entries) {
        if (e.noun() ? !t.pos().startsWith("NN") : !t.isVerb()) {
          continue;
        }
        if (e.others().isEmpty()) {
          if (best == null) {
            best = new Match(i, -1, e.action());
          }
          continue;
        }
        int other = e.noun() ? before(tokens, i, e.others()) : after(tokens, i, e.others());
        if (other >= 0 && (best == null || best.second() < 0)) {
          best = new Match(i, other, e.action());
        }
      }
      if (best != null) {
        found.add(best);
      }
    }
    return found;
  }

  /** The last of {@code words} found in order after {@code anchor}, or -1. */
  private static int after(List<Token> tokens, int anchor, List<String> words) {
    int at = anchor;
    for (String word : words) {
      at = seek(tokens, at, word, 1);
      if (at < 0) {
        return -1;
      }
    }
    return at;
  }

  /** The first of {@code words} found in order before {@code anchor}, or -1. */
  private static int before(List<Token> tokens, int anchor, List<String> words) {
    int at = anchor;
    for (int w = words.size() - 1; w >= 0; w--) {
      at = seek(tokens, at, words.get(w), -1);
      if (at < 0) {
        return -1;
      }
    }
    return at;
  }

  private static int seek(List<Token> tokens, int from, String word, int step) {
    for (int j = from + step, n = 0; n <= GAP && j >= 0 && j < tokens.size(); j += step, n++) {
      String l = lemma(tokens.get(j));
      if (l.equals(word) || l.equals(word + "s")) {
        return j;
      }
      if (l.equals(".") || l.equals(";")) {
        return -1;
      }
    }
    return -1;
  }

  static String lemma(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }
}
