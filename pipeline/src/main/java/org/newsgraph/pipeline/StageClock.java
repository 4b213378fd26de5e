package org.newsgraph.pipeline;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Sums the time spent in each stage of a run, over all threads. */
final class StageClock {

  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

  void add(String stage, long startedNanos) {
    nanos.computeIfAbsent(stage, s -> new LongAdder()).add(System.nanoTime() - startedNanos);
  }

  Map<String, Double> seconds() {
    Map<String, Double> seconds = new TreeMap<>();
    nanos.forEach((stage, n) -> seconds.put(stage, n.sum() / 1e9));
    return seconds;
  }
}
