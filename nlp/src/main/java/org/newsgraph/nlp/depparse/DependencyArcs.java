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
