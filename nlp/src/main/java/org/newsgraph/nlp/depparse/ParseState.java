package org.newsgraph.nlp.depparse;

import java.util.Arrays;

/**
 * Where an arc-standard parse stands: the stack, the rest of the sentence still to shift, and
 * the arcs built so far. Words are numbered from 1, 0 is the root, and {@link #NONE} stands for a
 * position that does not exist (an empty stack slot, a missing child).
 */
final class ParseState {

  static final int NONE = -1;

  private final int size;
  private final int[] stack;
  private int depth;
  private int nextToShift = 1;
  private final int[] heads;
  private final int[] labels;

  ParseState(int size) {
    this.size = size;
    this.stack = new int[size + 1];
    this.heads = new int[size + 1];
    this.labels = new int[size + 1];
    Arrays.fill(heads, NONE);
    Arrays.fill(labels, NONE);
    stack[depth++] = 0;
  }

  int size() {
    return size;
  }

  boolean isTerminal() {
    return depth == 1 && bufferSize() == 0;
  }

  int stackSize() {
    return depth;
  }

  int bufferSize() {
    return size + 1 - nextToShift;
  }

  /** The word {@code k} places below the top of the stack, or {@link #NONE}. */
  int stack(int k) {
    return k < depth ? stack[depth - 1 - k] : NONE;
  }

  /** The word {@code k} places into the rest of the sentence, or {@link #NONE}. */
  int buffer(int k) {
    return k < bufferSize() ? nextToShift + k : NONE;
  }

  void shift() {
    stack[depth++] = nextToShift++;
  }

  /** The top word becomes the head of the one below it, which leaves the stack. */
  void leftArc(int label) {
    int head = stack[depth - 1];
    attach(stack[depth - 2], head, label);
    stack[depth - 2] = head;
    depth--;
  }

  /** The word below the top becomes the head of the top word, which leaves the stack. */
  void rightArc(int label) {
    attach(stack[depth - 1], stack[depth - 2], label);
    depth--;
  }

  /** The head of word {@code k} (0 for the root), or {@link #NONE} while it has none. */
  int head(int k) {
    return k > 0 && k <= size ? heads[k] : NONE;
  }

  /** The label index of word {@code k}'s arc, or {@link #NONE}. */
  int label(int k) {
    return k > 0 && k <= size ? labels[k] : NONE;
  }

  /** The {@code count}-th dependent of {@code k} to its left, counting from the outermost. */
  int leftChild(int k, int count) {
    if (k < 0 || k > size) {
      return NONE;
    }
    int seen = 0;
    for (int i = 1; i < k; i++) {
      if (heads[i] == k && ++seen == count) {
        return i;
      }
    }
    return NONE;
  }

  /** The {@code count}-th dependent of {@code k} to its right, counting from the outermost. */
  int rightChild(int k, int count) {
    if (k < 0 || k > size) {
      return NONE;
    }
    int seen = 0;
    for (int i = size; i > k; i--) {
      if (heads[i] == k && ++seen == count) {
        return i;
      }
    }
    return NONE;
  }

  private void attach(int dependent, int head, int label) {
    heads[dependent] = head;
    labels[dependent] = label;
  }
}
