package org.newsgraph.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Pages and megabytes (10<sup>6</sup> bytes) extracted in one iteration; JMH reports each as a
 * rate beside the benchmark's score, so {@code :pages} reads pages/s and {@code :megabytes} MB/s.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class CorpusCounters {

  private static final double BYTES_PER_MEGABYTE = 1e6;

  /** Pages extracted so far in this iteration. */
  public long pages;

  /** Megabytes of raw HTML extracted so far in this iteration. */
  public double megabytes;

  /** Starts each iteration from zero. */
  @Setup(Level.Iteration)
  public void reset() {
    pages = 0;
    megabytes = 0;
  }

  void count(int pageCount, long bytes) {
    pages += pageCount;
    megabytes += bytes / BYTES_PER_MEGABYTE;
  }
}
