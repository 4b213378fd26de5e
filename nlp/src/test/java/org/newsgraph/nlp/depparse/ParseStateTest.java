package org.newsgraph.nlp.depparse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParseStateTest {

  @Test
  void startsWithTheRootOnTheStackAndEveryWordToShift() {
    ParseState state = new ParseState(3);
    assertThat(state.stackSize()).isEqualTo(1);
    assertThat(state.stack(0)).isZero();
    assertThat(state.stack(1)).isEqualTo(ParseState.NONE);
    assertThat(state.bufferSize()).isEqualTo(3);
    assertThat(state.buffer(0)).isEqualTo(1);
    assertThat(state.buffer(3)).isEqualTo(ParseState.NONE);
    assertThat(state.isTerminal()).isFalse();
  }

  @Test
  void leftArcMakesTheTopWordTheHeadOfTheOneBelow() {
    ParseState state = new ParseState(2);
    state.shift();
    state.shift();
    state.leftArc(5);
    assertThat(state.head(1)).isEqualTo(2);
    assertThat(state.label(1)).isEqualTo(5);
    assertThat(state.stack(0)).isEqualTo(2);
    assertThat(state.stack(1)).isZero();
    assertThat(state.leftChild(2, 1)).isEqualTo(1);
    assertThat(state.rightChild(2, 1)).isEqualTo(ParseState.NONE);
  }

  @Test
  void rightArcMakesTheWordBelowTheHeadOfTheTopWord() {
    ParseState state = new ParseState(3);
    state.shift();
    state.shift();
    state.shift();
    state.rightArc(4);
    state.rightArc(4);
    assertThat(state.head(3)).isEqualTo(2);
    assertThat(state.head(2)).isEqualTo(1);
    state.rightArc(1);
    assertThat(state.head(1)).isZero();
    assertThat(state.isTerminal()).isTrue();
  }

  @Test
  void countsChildrenFromTheOutsideIn() {
    ParseState state = new ParseState(5);
    for (int i = 0; i < 5; i++) {
      state.shift();
    }
    state.rightArc(2);
    state.rightArc(2);
    state.leftArc(3);
    state.leftArc(3);
    assertThat(state.stack(0)).isEqualTo(3);
    assertThat(state.leftChild(3, 1)).isEqualTo(1);
    assertThat(state.leftChild(3, 2)).isEqualTo(2);
    assertThat(state.rightChild(3, 1)).isEqualTo(4);
    assertThat(state.rightChild(4, 1)).isEqualTo(5);
    assertThat(state.leftChild(3, 3)).isEqualTo(ParseState.NONE);
    assertThat(state.head(ParseState.NONE)).isEqualTo(ParseState.NONE);
  }
}
