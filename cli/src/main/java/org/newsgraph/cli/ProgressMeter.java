package org.newsgraph.cli;

import java.io.PrintWriter;
import org.newsgraph.pipeline.ProgressListener;

/** Shows an ingest run's progress with the command line's {@link Progress} line. */
final class ProgressMeter implements ProgressListener {

  private final PrintWriter err;
  private final String label;
  private final boolean forced;
  private Progress progress;

  ProgressMeter(PrintWriter err, String label, boolean forced) {
    this.err = err;
    this.label = label;
    this.forced = forced;
  }

  @Override
  public void started(int pages) {
    progress = Progress.on(err, label, pages, forced);
  }

  @Override
  public void totalChanged(int pages) {
    progress.total(pages);
  }

  @Override
  public void advanced() {
    progress.step();
  }

  @Override
  public void finished() {
    if (progress != null) {
      progress.done();
    }
  }
}
