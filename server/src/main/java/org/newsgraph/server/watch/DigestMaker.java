package org.newsgraph.server.watch;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsgraph.index.query.DateRange;

/** Makes a watchlist's digest for a day, following its weekday schedule. */
public final class DigestMaker {

  /** How many alerts a selection keeps. */
  public static final int SELECTION_SIZE = 5;

  private final AlertFinder finder;

  public DigestMaker(AlertFinder finder) {
    this.finder = finder;
  }

  /** The digest of {@code day}; on a day without one, its mode is NONE and it holds nothing. */
  public Digest make(Watchlist watchlist, LocalDate day) throws IOException {
    DigestMode mode = watchlist.schedule().modeOn(day);
    if (mode == DigestMode.NONE) {
      return new Digest(watchlist, day, day, mode, List.of(), 0);
    }
    LocalDate from = watchlist.schedule().coversFrom(day);
    List<Alert> alerts = finder.find(watchlist, new DateRange(from, day));
    int total = alerts.size();
    if (mode == DigestMode.SELECTION && alerts.size() > SELECTION_SIZE) {
      List<Alert> best = new ArrayList<>(alerts);
      best.sort(Comparator.comparingInt(Alert::weight).reversed()
          .thenComparing(Alert::date, Comparator.reverseOrder()));
      alerts = best.subList(0, SELECTION_SIZE);
    }
    return new Digest(watchlist, from, day, mode, alerts, total);
  }
}
