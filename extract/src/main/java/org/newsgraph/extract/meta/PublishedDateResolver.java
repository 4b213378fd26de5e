package org.newsgraph.extract.meta;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the publication date among the candidates a page gives: implausible dates (before
 * 1995, or more than a day after now) are dropped; the strongest source wins, the earliest in
 * page order among equals; a bare date gains the time of another candidate with the same date;
 * strong sources that disagree by more than a day are reported.
 */
final class PublishedDateResolver {

  static final int EARLIEST_YEAR = 1995;

  private final Instant now;

  PublishedDateResolver(Instant now) {
    this.now = now;
  }

  /** The publication date, or empty; notes problems in {@code warnings}. */
  Optional<DateValue> resolve(List<DateCandidate> candidates, List<String> warnings) {
    List<DateCandidate> plausible = new ArrayList<>();
    for (DateCandidate candidate : candidates) {
      if (isPlausible(candidate.value())) {
        plausible.add(candidate);
      } else if (candidate.source().isStrong()) {
        warnings.add(
            "implausible publication date ignored: " + candidate.value() + " ("
                + candidate.origin() + ")");
      }
    }
    Optional<DateCandidate> best =
        plausible.stream().min(Comparator.comparing(DateCandidate::source));
    if (best.isEmpty()) {
      return Optional.empty();
    }
    DateCandidate chosen = best.get();
    if (chosen.source() == DateSource.MODIFIED) {
      warnings.add("no publication date; used the modification date (" + chosen.origin() + ")");
    }
    noteConflicts(chosen, plausible, warnings);
    return Optional.of(withTime(chosen, plausible));
  }

  private boolean isPlausible(DateValue value) {
    if (value.date().getYear() < EARLIEST_YEAR) {
      return false;
    }
    Instant latest = now.plus(Duration.ofDays(1));
    if (value.hasTime()) {
      return !value.dateTime().toInstant().isAfter(latest);
    }
    return !value.date().isAfter(LocalDate.ofInstant(latest, ZoneOffset.UTC));
  }

  private static DateValue withTime(DateCandidate chosen, List<DateCandidate> candidates) {
    if (chosen.value().hasTime()) {
      return chosen.value();
    }
    return candidates.stream()
        .filter(c -> c.source() != DateSource.MODIFIED)
        .map(DateCandidate::value)
        .filter(v -> v.hasTime() && v.date().equals(chosen.value().date()))
        .findFirst()
        .orElse(chosen.value());
  }

  private static void noteConflicts(
      DateCandidate chosen, List<DateCandidate> candidates, List<String> warnings) {
    Set<LocalDate> noted = new HashSet<>();
    for (DateCandidate other : candidates) {
      LocalDate date = other.value().date();
      long days = Math.abs(ChronoUnit.DAYS.between(chosen.value().date(), date));
      if (other.source().isStrong() && days > 1 && noted.add(date)) {
        warnings.add(
            "publication dates disagree: " + chosen.value() + " (" + chosen.origin() + ") and "
                + other.value() + " (" + other.origin() + ")");
      }
    }
  }
}
