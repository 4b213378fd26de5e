package org.newsgraph.nlp.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.text.Sentence;
import org.newsgraph.nlp.text.Token;

/**
 * The Universal Dependencies tree of one sentence: for each token, its head and the relation's
 * label. Indexes are positions in the sentence, from 0; the root's head is -1.
 */
final class DependencyGraph {

  private final Sentence sentence;
  private final int[] heads;
  private final String[] labels;
  private final List<List<Integer>> children;

  DependencyGraph(Sentence sentence, int[] heads, String[] labels) {
    int n = sentence.tokens().size();
    if (heads.length != n || labels.length != n) {
      throw new IllegalArgumentException("a tree needs one head and label per token");
    }
    this.sentence = sentence;
    this.heads = heads.clone();
    this.labels = labels.clone();
    this.children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      if (heads[i] >= 0 && heads[i] < n && heads[i] != i) {
        children.get(heads[i]).add(i);
      } else {
        this.heads[i] = -1;
      }
    }
  }

  Sentence sentence() {
    return sentence;
  }

  int size() {
    return heads.length;
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  String lemma(int i) {
    return token(i).lemma().toLowerCase(Locale.ROOT);
  }

  String pos(int i) {
    return token(i).pos();
  }

  /** The head of token {@code i}, or -1 for the root. */
  int head(int i) {
    return heads[i];
  }

  /** The label of the relation from {@code i}'s head to {@code i}: {@code nsubj}, {@code obl}, ... */
  String label(int i) {
    return labels[i];
  }

  /** The label without its subtype: {@code obl:tmod} is {@code obl}. */
  String baseLabel(int i) {
    int colon = labels[i].indexOf(':');
    return colon < 0 ? labels[i] : labels[i].substring(0, colon);
  }

  List<Integer> children(int i) {
    return children.get(i);
  }

  /**
   * The children of {@code i} whose label is one of {@code wanted}, or whose base label is and
   * whose subtype is not passive ({@code nsubj} finds {@code nsubj}, not {@code nsubj:pass}).
   */
  List<Integer> children(int i, Set<String> wanted) {
    List<Integer> out = new ArrayList<>();
    for (int c : children.get(i)) {
      boolean passive = labels[c].endsWith(":pass");
      if (wanted.contains(labels[c]) || (!passive && wanted.contains(baseLabel(c)))) {
        out.add(c);
      }
    }
    return out;
  }

  /** The first child of {@code i} with one of the labels, or -1. */
  int child(int i, Set<String> wanted) {
    List<Integer> found = children(i, wanted);
    return found.isEmpty() ? -1 : found.get(0);
  }

  /** The lower-cased lemma of the {@code case} or {@code mark} word of {@code i}, or "". */
  String caseWord(int i) {
    StringBuilder word = new StringBuilder();
    for (int c : children.get(i)) {
      if (labels[c].equals("case") || labels[c].equals("mark")) {
        if (word.length() > 0) {
          word.append(' ');
        }
        word.append(lemma(c));
      }
    }
    return word.toString();
  }

  /** Whether {@code ancestor} dominates {@code i} (or is {@code i}). */
  boolean dominates(int ancestor, int i) {
    for (int at = i, steps = 0; at >= 0 && steps <= size(); at = heads[at], steps++) {
      if (at == ancestor) {
        return true;
      }
    }
    return false;
  }
}
