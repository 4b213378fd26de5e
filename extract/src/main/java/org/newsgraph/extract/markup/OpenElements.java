package org.newsgraph.extract.markup;

import java.util.ArrayList;
import java.util.Arrays;
import org.jsoup.nodes.Element;

/**
 * The stack of open elements, with the scope searches and closing steps of HTML tree
 * construction, as jsoup implements them.
 */
final class OpenElements {

  private final ArrayList<Element> stack = new ArrayList<>(64);
  private int[] flags = new int[64];

  int size() {
    return stack.size();
  }

  Element get(int index) {
    return stack.get(index);
  }

  boolean isEmpty() {
    return stack.isEmpty();
  }

  void push(Element element) {
    int index = stack.size();
    if (index == flags.length) {
      flags = Arrays.copyOf(flags, index * 2);
    }
    flags[index] = HtmlNames.flagsOf(element.normalName());
    stack.add(element);
  }

  /** Whether the element at {@code index} has the {@link HtmlNames} flag {@code flag}. */
  boolean has(int index, int flag) {
    return (flags[index] & flag) != 0;
  }

  Element pop() {
    return stack.remove(stack.size() - 1);
  }

  private void removeAt(int index) {
    stack.remove(index);
    System.arraycopy(flags, index + 1, flags, index, stack.size() - index);
  }

  Element current() {
    return stack.get(stack.size() - 1);
  }

  boolean currentIs(String name) {
    return !stack.isEmpty() && current().normalName().equals(name);
  }

  boolean contains(Element element) {
    return stack.lastIndexOf(element) >= 0;
  }

  /** The open element nearest the current node with this name, or null. */
  Element find(String name) {
    for (int i = stack.size() - 1; i >= 0; i--) {
      if (stack.get(i).normalName().equals(name)) {
        return stack.get(i);
      }
    }
    return null;
  }

  int indexOf(Element element) {
    return stack.lastIndexOf(element);
  }

  /** Replaces the element at {@code index}. */
  void set(int index, Element element) {
    stack.set(index, element);
    flags[index] = HtmlNames.flagsOf(element.normalName());
  }

  /** Opens {@code element} just after {@code after}, or on top when {@code after} is not open. */
  void insertAfter(Element after, Element element) {
    int index = stack.lastIndexOf(after);
    if (index < 0) {
      push(element);
      return;
    }
    push(element);
    int last = stack.size() - 1;
    for (int i = last; i > index + 1; i--) {
      stack.set(i, stack.get(i - 1));
      flags[i] = flags[i - 1];
    }
    set(index + 1, element);
  }

  /** Whether this very element is open with no scope boundary above it. */
  boolean inScope(Element element) {
    for (int i = stack.size() - 1; i >= 0; i--) {
      if (stack.get(i) == element) {
        return true;
      }
      if (has(i, HtmlNames.SCOPE_FLAG)) {
        return false;
      }
    }
    return false;
  }

  void remove(Element element) {
    int index = stack.lastIndexOf(element);
    if (index >= 0) {
      removeAt(index);
    }
  }

  boolean inScope(String name) {
    return inScope(name, false, false);
  }

  boolean inButtonScope(String name) {
    return inScope(name, true, false);
  }

  boolean inListItemScope(String name) {
    return inScope(name, false, true);
  }

  private boolean inScope(String name, boolean button, boolean listItem) {
    for (int i = stack.size() - 1; i >= 0; i--) {
      String open = stack.get(i).normalName();
      if (open.equals(name)) {
        return true;
      }
      if (has(i, HtmlNames.SCOPE_FLAG)
          || (button && open.equals("button"))
          || (listItem && (open.equals("ol") || open.equals("ul")))) {
        return false;
      }
    }
    return false;
  }

  boolean headingInScope() {
    for (int i = stack.size() - 1; i >= 0; i--) {
      if (has(i, HtmlNames.HEADING_FLAG)) {
        return true;
      }
      if (has(i, HtmlNames.SCOPE_FLAG)) {
        return false;
      }
    }
    return false;
  }

  /** Pops elements whose end tag is implied, stopping at one named {@code except} (or null). */
  void generateImpliedEndTags(String except) {
    while (!stack.isEmpty() && has(stack.size() - 1, HtmlNames.IMPLIED_END_FLAG)) {
      if (except != null && currentIs(except)) {
        return;
      }
      pop();
    }
  }

  /** Pops elements up to and including the nearest one with this name. */
  void popUntilClosed(String name) {
    while (!stack.isEmpty()) {
      if (pop().normalName().equals(name)) {
        return;
      }
    }
  }

  /** Pops elements up to and including the nearest heading. */
  void popUntilHeadingClosed() {
    while (!stack.isEmpty()) {
      boolean heading = has(stack.size() - 1, HtmlNames.HEADING_FLAG);
      pop();
      if (heading) {
        return;
      }
    }
  }

  /** Closes an element the way an end tag does: implied end tags, then pops up to it. */
  void close(String name) {
    generateImpliedEndTags(name);
    popUntilClosed(name);
  }

  /** Pops elements until the current node is one of the names given (null for none), or html. */
  void clearStackBackTo(String first, String second, String third) {
    while (!isEmpty()) {
      String name = current().normalName();
      if (name.equals(first) || name.equals(second) || name.equals(third)
          || name.equals("template") || name.equals("html")) {
        return;
      }
      pop();
    }
  }

  boolean inTableScope(String name) {
    for (int i = size() - 1; i >= 0; i--) {
      String openName = get(i).normalName();
      if (openName.equals(name)) {
        return true;
      }
      if (openName.equals("html") || openName.equals("table") || openName.equals("template")) {
        return false;
      }
    }
    return false;
  }

  /** Whether a select is open with nothing but options and option groups inside it. */
  boolean inSelectScope() {
    for (int i = size() - 1; i >= 0; i--) {
      String name = get(i).normalName();
      if (name.equals("select")) {
        return true;
      }
      if (!name.equals("option") && !name.equals("optgroup")) {
        return false;
      }
    }
    return false;
  }
}
