package org.newsgraph.nlp.depparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DependencyArcsTest {

  private final DependencyArcs parse =
      new DependencyArcs(new int[] {1, -1, 1}, new String[] {"nsubj", "root", "obj"});

  @Test
  void countsWordsWithTheSameHeadAndLabel() {
    DependencyArcs other =
        new DependencyArcs(new int[] {1, -1, 0}, new String[] {"nsubj", "root", "obj"});
    DependencyArcs relabelled =
        new DependencyArcs(new int[] {1, -1, 1}, new String[] {"obl", "root", "obj"});
    assertThat(parse.sameArcs(parse)).isEqualTo(3);
    assertThat(parse.sameArcs(other)).isEqualTo(2);
    assertThat(parse.sameArcs(relabelled)).isEqualTo(2);
  }

  @Test
  void refusesToCompareParsesOfDifferentLengths() {
    DependencyArcs shorter = new DependencyArcs(new int[] {-1}, new String[] {"root"});
    assertThatThrownBy(() -> parse.sameArcs(shorter))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 and 1 words");
  }
}
