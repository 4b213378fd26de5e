package org.newsgraph.server.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.server.watch.DigestMode;
import org.newsgraph.server.watch.Watchlist;

/**
 * Sends the day's digest of every watchlist that has an address and a digest scheduled that day,
 * once: what was sent is remembered across restarts.
 */
final class DigestRound {

  /** What one round did: the digests sent, and one line for each that could not be. */
  record Outcome(int sent, List<String> failures) {}

  private final Watchlists watchlists;
  private final SentDigests sent;

  DigestRound(Watchlists watchlists, SentDigests sent) {
    this.watchlists = watchlists;
    this.sent = sent;
  }

  /** Sends the digests of {@code day} not sent yet; links in them start with {@code base}. */
  Outcome send(LocalDate day, String base) {
    int count = 0;
    List<String> failures = new ArrayList<>();
    for (Watchlist w : watchlists.store().all()) {
      if (w.email() == null
          || w.schedule().modeOn(day) == DigestMode.NONE
          || sent.contains(w.id(), day)) {
        continue;
      }
      try {
        watchlists.send(w, day, base);
        sent.add(w.id(), day);
        count++;
      } catch (IOException | BadInput e) {
        failures.add("digest of watchlist " + w.id() + " for " + day + " not sent: "
            + e.getMessage());
      }
    }
    return new Outcome(count, failures);
  }
}
