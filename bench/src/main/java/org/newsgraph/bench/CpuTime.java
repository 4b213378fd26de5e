package org.newsgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.Consumer;

/** CPU time of this thread over repeated passes of some work, for the agreement mains. */
final class CpuTime {

  private CpuTime() {}

  /** One warm-up pass, then the mean CPU time per item, in ms, over the timed passes. */
  static <T> double millisPerItem(List<T> items, int passes, Consumer<T> work) {
    items.forEach(work);
    return timed(items, passes, work);
  }

  /** The CPU time per item, in ms, of one pass; no warm-up, for mains that alternate passes. */
  static <T> double passMillisPerItem(List<T> items, Consumer<T> work) {
    return timed(items, 1, work);
  }

  private static <T> double timed(List<T> items, int passes, Consumer<T> work) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long start = cpu.getCurrentThreadCpuTime();
    for (int p = 0; p < passes; p++) {
      items.forEach(work);
    }
    return (cpu.getCurrentThreadCpuTime() - start) / 1e6 / passes / items.size();
  }
}
