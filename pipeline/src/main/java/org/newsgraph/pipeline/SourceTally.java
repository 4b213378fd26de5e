package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts what one source's pages came to, while a run goes on. */
final class SourceTally {

  private static final int MAX_PROBLEMS = 100;

  private final String source;
  private int pages;
  private int fetched;
  private int extracted;
  private final Map<PageOutcome, Integer> outcomes = new EnumMap<>(PageOutcome.class);
  private final Map<String, Integer> reasons = new TreeMap<>();
  private final List<PageProblem> problems = new ArrayList<>();

  SourceTally(String source) {
    this.source = source;
  }

  void count(PageResult result) {
    pages++;
    if (result.fetched()) {
      fetched++;
    }
    if (result.extracted()) {
      extracted++;
    }
    outcomes.merge(result.outcome(), 1, Integer::sum);
    if (result.reason() != null) {
      reasons.merge(result.reason(), 1, Integer::sum);
      if (problems.size() < MAX_PROBLEMS) {
        problems.add(new PageProblem(result.page(), result.outcome(), result.reason()));
      }
    }
  }

  SourceReport report() {
    return new SourceReport(source, pages, fetched, extracted, outcomes, reasons, problems);
  }
}
