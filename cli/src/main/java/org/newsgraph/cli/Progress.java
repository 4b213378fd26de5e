package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long run on standard error: items done, rate and time left (when the total is
 * known), redrawn at most once a second. Silent unless asked for or standard error is a terminal,
 * and for runs of one item.
 */
final class Progress {

  private static final long REDRAW_NANOS = 1_000_000_000L;

  private final PrintWriter err;
  private final String label;
  private int total;
  private final boolean shown;
  private final long started = System.nanoTime();
  private long lastDrawn;
  private int done;

  private Progress(PrintWriter err, String label, int total, boolean shown) {
    this.err = err;
    this.label = label;
    this.total = total;
    this.shown = shown;
  }

  /** Progress through {@code total} items, or a number not known in advance when negative. */
  static Progress on(PrintWriter err, String label, int total, boolean forced) {
    boolean shown = total != 0 && total != 1 && (forced || System.console() != null);
    return new Progress(err, label, total, shown);
  }

  /** The total is now {@code total} items, or not known when negative. */
  void total(int total) {
    this.total = total;
  }

  void step() {
    done++;
    long now = System.nanoTime();
    if (shown && now - lastDrawn >= REDRAW_NANOS) {
      lastDrawn = now;
      draw(now, '\r');
    }
  }

  void done() {
    if (shown) {
      draw(System.nanoTime(), '\r');
      err.println();
      err.flush();
    }
  }

  private void draw(long now, char end) {
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    double rate = done / seconds;
    if (total < 0) {
      err.print(String.format(Locale.ROOT, "%c%s: %d, %.1f/s   ", end, label, done, rate));
      err.flush();
      return;
    }
    long left = rate > 0 ? Math.round(Math.max(0, total - done) / rate) : 0;
    err.print(
        String.format(
            Locale.ROOT, "%c%s: %d/%d, %.1f/s, %ds left   ", end, label, done, total, rate, left));
    err.flush();
  }
}
