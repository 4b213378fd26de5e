package org.newsgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The count of {@link HtmlParserAgreement}: pages, those the fast path accepted, those of them
 * whose tree is jsoup's, the first mismatches with their difference, and why it gave up on the
 * others.
 */
final class ParserAgreementTally {

  private final int listed;
  private final List<String> mismatches = new ArrayList<>();
  private final Map<String, Integer> reasons = new TreeMap<>();
  private int pages;
  private int accepted;
  private int identical;
  private int mismatchCount;

  /** A tally that keeps the first {@code listed} mismatches. */
  ParserAgreementTally(int listed) {
    this.listed = listed;
  }

  /** A page the fast path gave up on, for {@code reason}. */
  void declined(String reason) {
    pages++;
    reasons.merge(reason, 1, Integer::sum);
  }

  /** A page the fast path accepted; {@code difference} is null when its tree is jsoup's. */
  void accepted(String page, String difference) {
    pages++;
    accepted++;
    if (difference == null) {
      identical++;
    } else {
      mismatchCount++;
      if (mismatches.size() < listed) {
        mismatches.add(page + ": " + difference);
      }
    }
  }

  /** The report, one line each. */
  List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add("pages: " + pages);
    lines.add(String.format(Locale.ROOT, "accepted by the fast path: %d (%s)", accepted,
        percent(accepted, pages)));
    lines.add(String.format(Locale.ROOT, "identical to jsoup's tree: %d of %d accepted (%s)",
        identical, accepted, percent(identical, accepted)));
    lines.add("mismatches: " + mismatchCount
        + (mismatchCount > mismatches.size() ? " (first " + mismatches.size() + " listed)" : ""));
    mismatches.forEach(m -> lines.add("  " + m));
    lines.add("given up: " + (pages - accepted));
    reasons.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(reason -> lines.add("  " + reason.getValue() + " " + reason.getKey()));
    return lines;
  }

  private static String percent(int part, int whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }
}
