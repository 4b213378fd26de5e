package org.newsgraph.nlp.depparse;

import java.util.Arrays;

/**
 * A parsed sentence's arcs: for the word at each position (from 0), the position of its head,
 * -1 for the sentence's root, and the Universal Dependencies label of the arc.
 */
public record DependencyArcs(int[] heads, String[] labels) {

  public DependencyArcs {
    if (heads.length != labels.length) {
      throw new IllegalArgumentException("one head and one label per word");
    }
    heads = heads.clone();
    labels = labels.clone();
  }

  @Override
  public int[] heads() {
    return heads.clone();
  }

  @Override
  public String[] labels() {
    return labels.clone();
  }

  /** How many words have the same head and label in {@code other}, a parse of the same words. */
  public int sameArcs(DependencyArcs other) {
    if (other.heads.length != heads.length) {
      throw new IllegalArgumentException(
          "parses of " + heads.length + " and " + other.heads.length + " words cannot be compared");
    }
    int same = 0;
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] == other.heads[i] && labels[i].equals(other.labels[i])) {
        same++;
      }
    }
    return same;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DependencyArcs arcs
        && Arrays.equals(heads, arcs.heads)
        && Arrays.equals(labels, arcs.labels);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(heads) + Arrays.hashCode(labels);
  }

  @Override
  public String toString() {
    return "DependencyArcs" + Arrays.toString(heads) + Arrays.toString(labels);
  }
}
