package org.newsgraph.server.watch;

import java.util.List;
import java.util.Objects;

/**
 * A watchlist's digest for one day: the alerts since the previous digest, all of them or a
 * selection as the schedule says.
 *
 * @param from  the first day covered
 * @param day   the day of the digest, the last covered
 * @param total alerts in the period before any selection
 */
public record Digest(
    Watchlist watchlist, java.time.LocalDate from, java.time.LocalDate day, DigestMode mode,
    List<Alert> alerts, int total) {
  public Digest {
    Objects.requireNonNull(watchlist, "watchlist");
    alerts = List.copyOf(alerts);
  }
}
