package org.newsgraph.ingest.polite;

import java.time.Duration;

/** Reads a monotonic clock and waits: the system's, or a test's that only pretends to wait. */
interface Pacer {

  Pacer SYSTEM =
      new Pacer() {
        @Override
        public long nanoTime() {
          return System.nanoTime();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
          Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        }
      };

  long nanoTime();

  void sleep(Duration duration) throws InterruptedException;
}
