package org.newsgraph.pipeline;

/** Hears how far an ingest run has got, to show progress. */
public interface ProgressListener {

  /** A listener that shows nothing. */
  ProgressListener SILENT =
      new ProgressListener() {
        @Override
        public void started(int pages) {}

        @Override
        public void advanced() {}

        @Override
        public void finished() {}
      };

  /** What {@link #started} is told when the sources are read as the run goes. */
  int UNKNOWN = -1;

  /** The run has {@code pages} pages to go through, or {@link #UNKNOWN} pages. */
  void started(int pages);

  /** One more page is done with. */
  void advanced();

  /** The run is over. */
  void finished();
}
