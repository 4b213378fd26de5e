package org.newsgraph.bench.variation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replaces spans of a text by other words. The replaced spans must not overlap, and every span
 * mapped later must start and end outside them or on their edges.
 */
final class NameEdits implements SpanMap {

  /** One replacement: {@code [start, end)} of the old text becomes {@code words}. */
  record Edit(int start, int end, String words) {}

  private final List<Edit> edits;
  private final String text;

  NameEdits(String oldText, List<Edit> edits) {
    this.edits = new ArrayList<>(edits);
    this.edits.sort(Comparator.comparingInt(Edit::start));
    StringBuilder out = new StringBuilder(oldText.length() + 64);
    int at = 0;
    for (Edit edit : this.edits) {
      if (edit.start() < at) {
        throw new IllegalArgumentException("edits overlap at " + edit.start());
      }
      out.append(oldText, at, edit.start()).append(edit.words());
      at = edit.end();
    }
    this.text = out.append(oldText, at, oldText.length()).toString();
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public Span map(int start, int end) {
    return new Span(point(start), point(end));
  }

  /** An old offset's new place: moved by the change in length of every edit before it. */
  private int point(int offset) {
    int shift = 0;
    for (Edit edit : edits) {
      if (edit.end() > offset) {
        if (edit.start() < offset) {
          throw new IllegalArgumentException("offset " + offset + " falls inside an edit");
        }
        break;
      }
      shift += edit.words().length() - (edit.end() - edit.start());
    }
    return offset + shift;
  }
}
