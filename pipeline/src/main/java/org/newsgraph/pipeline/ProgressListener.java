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

  /** What {@link #started} is told when the sources cannot tell how many pages they hold. */
  int UNKNOWN = -1;

  /** The run has {@code pages} pages to go through, or {@link #UNKNOWN} pages. */
  void started(int pages);

  /**
   * The sources now tell a new total of {@code pages} pages (an estimate for an archive), or
   * {@link #UNKNOWN}; for sources that know their size only once read, such as a feed.
   */
  default void totalChanged(int pages) {}

  /** One more page is done with. */
  void advanced();

  /** The run is over. */
  void finished();
}
