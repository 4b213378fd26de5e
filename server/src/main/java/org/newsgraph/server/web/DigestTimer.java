package org.newsgraph.server.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Sends each day's digests once the day reaches a set time: checks every minute, on one daemon
 * thread, and tells each digest it could not send to {@code problems}.
 */
public final class DigestTimer implements AutoCloseable {

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "newsgraph-digests");
            thread.setDaemon(true);
            return thread;
          });

  DigestTimer(DigestRound round, LocalTime at, String base, Clock clock, Consumer<String> problems) {
    timer.scheduleAtFixedRate(
        () -> {
          LocalDateTime now = LocalDateTime.now(clock);
          if (!now.toLocalTime().isBefore(at)) {
            round.send(now.toLocalDate(), base).failures().forEach(problems);
          }
        },
        0,
        1,
        TimeUnit.MINUTES);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
