package org.newsgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The count of {@link HtmlParserAgreement}: pages, those the fast path accepted, those of them
 * whose tree is jsoup's, and the first mismatches with their difference.
 */
final class ParserAgreementTally {

  private final int listed;
  private final List<String> mismatches = new ArrayList<>();
  private int pages;
  private int accepted;
  private int identical;
  private int mismatchCount;

  /** A tally that keeps the first {@code listed} mismatches. */
  ParserAgreementTally(int listed) {
    this.listed = listed;
  }

  /** A page the fast path gave up on. */
  void declined() {
    pages++;
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
    return lines;
  }

  private static String percent(int part, int whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }
}
