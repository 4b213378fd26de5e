package org.newsgraph.extract.markup;

import java.util.ArrayList;
import java.util.function.UnaryOperator;
import org.jsoup.nodes.Element;

/**
 * The list of active formatting elements ({@code b}, {@code a}, {@code font}...) with its markers,
 * and the reopening of those that an end tag closed too early, as jsoup implements them.
 */
final class ActiveFormatting {

  private static final int MAX_REOPENED = 12;
  private static final int MAX_ENTRIES = 500;

  private final ArrayList<Element> entries = new ArrayList<>();

  /** Adds an element, first dropping the oldest of three identical ones (same name, attributes). */
  void push(Element element) {
    if (entries.size() >= MAX_ENTRIES) {
      throw new Unsupported("more formatting elements than jsoup keeps");
    }
    int last = entries.size() - 1;
    int floor = Math.max(last - MAX_REOPENED, 0);
    int seen = 0;
    for (int i = last; i >= floor; i--) {
      Element entry = entries.get(i);
      if (entry == null) {
        break;
      }
      if (entry.normalName().equals(element.normalName())
          && entry.attributes().equals(element.attributes())) {
        seen++;
      }
      if (seen == 3) {
        entries.remove(i);
        break;
      }
    }
    entries.add(element);
  }

  /** Puts {@code replacement} where {@code element} is. */
  void replace(Element element, Element replacement) {
    entries.set(entries.lastIndexOf(element), replacement);
  }

  /**
   * Puts the element that replaces {@code element} after the adoption agency, as jsoup 1.24.1
   * does: in its place when the bookmark is the element itself, else just after the bookmark,
   * else at the end.
   */
  void replaceAtBookmark(Element element, Element replacement, Element bookmark) {
    int index = entries.indexOf(bookmark);
    if (index >= 0 && bookmark == element) {
      entries.set(index, replacement);
      return;
    }
    remove(element);
    int at = index < 0 ? entries.size() : entries.indexOf(bookmark) + 1;
    entries.add(at, replacement);
    if (entries.size() >= MAX_ENTRIES) {
      throw new Unsupported("more formatting elements than jsoup keeps");
    }
  }

  void pushMarker() {
    entries.add(null);
  }

  void clearToLastMarker() {
    while (!entries.isEmpty()) {
      if (entries.remove(entries.size() - 1) == null) {
        return;
      }
    }
  }

  boolean contains(Element element) {
    return entries.lastIndexOf(element) >= 0;
  }

  void remove(Element element) {
    int index = entries.lastIndexOf(element);
    if (index >= 0) {
      entries.remove(index);
    }
  }

  /** The last entry after the last marker with this name, or null. */
  Element lastNamed(String name) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      Element entry = entries.get(i);
      if (entry == null) {
        return null;
      }
      if (entry.normalName().equals(name)) {
        return entry;
      }
    }
    return null;
  }

  /**
   * Reopens the entries after the last marker or open entry, each as a copy inserted by {@code
   * insert}, which also replaces the entry.
   */
  void reconstruct(OpenElements open, UnaryOperator<Element> insert) {
    int size = entries.size();
    if (size == 0) {
      return;
    }
    Element last = entries.get(size - 1);
    if (last == null || open.contains(last)) {
      return;
    }
    int floor = Math.max(size - MAX_REOPENED, 0);
    int pos = size - 1;
    boolean skip = false;
    while (true) {
      if (pos == floor) {
        skip = true;
        break;
      }
      Element entry = entries.get(--pos);
      if (entry == null || open.contains(entry)) {
        break;
      }
    }
    while (true) {
      if (!skip) {
        pos++;
      }
      skip = false;
      entries.set(pos, insert.apply(entries.get(pos)));
      if (pos == size - 1) {
        return;
      }
    }
  }
}
