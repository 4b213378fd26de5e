package org.newsgraph.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap through garbage-collection notifications: the most heap in use just before a
 * collection (the peak, garbage included) and just after one (what the run kept alive).
 */
final class HeapWatch implements NotificationListener {

  private static final long SETTLE_MILLIS = 2_000;

  private final Set<String> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP)
          .map(MemoryPoolMXBean::getName)
          .collect(Collectors.toSet());
  private final List<GarbageCollectorMXBean> collectors =
      ManagementFactory.getGarbageCollectorMXBeans();
  private final long collectionsBefore = collections();
  private final AtomicLong seen = new AtomicLong();
  private final AtomicLong peakBeforeGc = new AtomicLong();
  private final AtomicLong peakAfterGc = new AtomicLong();

  private HeapWatch() {}

  /** Starts watching every collector. */
  static HeapWatch start() {
    HeapWatch watch = new HeapWatch();
    for (GarbageCollectorMXBean collector : watch.collectors) {
      ((NotificationEmitter) collector).addNotificationListener(watch, null, null);
    }
    return watch;
  }

  /**
   * Stops watching, once the notifications of every collection so far have arrived (they come on
   * another thread), or after a short wait.
   */
  void stop() throws InterruptedException, ListenerNotFoundException {
    long deadline = System.currentTimeMillis() + SETTLE_MILLIS;
    while (seen.get() < collections() - collectionsBefore
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(10);
    }
    for (GarbageCollectorMXBean collector : collectors) {
      ((NotificationEmitter) collector).removeNotificationListener(this);
    }
  }

  /** Collections seen while watching. */
  long collectionsSeen() {
    return seen.get();
  }

  /** The most heap in use at any collection or now: the run's peak, garbage included. */
  long peakUsed() {
    long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    return Math.max(peakBeforeGc.get(), now);
  }

  /** The most heap still in use right after a collection: the live data the run needed. */
  long peakLive() {
    return peakAfterGc.get();
  }

  /** Peak used, peak live after GC, the heap limit and the collections, in one line. */
  String summary() {
    double mib = 1024 * 1024;
    return String.format(
        Locale.ROOT,
        "peak used %.0f MiB, peak live after GC %.0f MiB, limit %.0f MiB, %d collections",
        peakUsed() / mib,
        peakLive() / mib,
        Runtime.getRuntime().maxMemory() / mib,
        collectionsSeen());
  }

  @Override
  public void handleNotification(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
        notification.getType())) {
      return;
    }
    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    peakBeforeGc.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
    peakAfterGc.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
    seen.incrementAndGet();
  }

  private long heapUsed(Map<String, MemoryUsage> byPool) {
    return byPool.entrySet().stream()
        .filter(pool -> heapPools.contains(pool.getKey()))
        .mapToLong(pool -> pool.getValue().getUsed())
        .sum();
  }

  private long collections() {
    return collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
  }
}
