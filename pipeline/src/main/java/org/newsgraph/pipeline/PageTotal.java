package org.newsgraph.pipeline;

import java.util.List;
import java.util.OptionalInt;

/**
 * How many pages a run's sources hold, as far as they can tell: known only when every source
 * knows. Tells the progress listener the total when the run starts and again whenever it changes.
 */
final class PageTotal {

  private final List<PageSource> sources;
  private final ProgressListener progress;
  private int told;

  PageTotal(List<PageSource> sources, ProgressListener progress) {
    this.sources = sources;
    this.progress = progress;
  }

  /** Starts the listener with the total the sources tell before any page is read. */
  void start() {
    told = count();
    progress.started(told);
  }

  /** Tells the listener the total again if it changed since it was last told. */
  void update() {
    int now = count();
    if (now != told) {
      told = now;
      progress.totalChanged(now);
    }
  }

  private int count() {
    long pages = 0;
    for (PageSource source : sources) {
      OptionalInt expected = source.expected();
      if (expected.isEmpty()) {
        return ProgressListener.UNKNOWN;
      }
      pages += expected.getAsInt();
    }
    return (int) Math.min(Integer.MAX_VALUE, pages);
  }
}
