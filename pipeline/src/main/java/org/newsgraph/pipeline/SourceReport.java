package org.newsgraph.pipeline;

import java.util.List;
import java.util.Map;

/**
 * What one source gave: how many pages it listed, how many were fetched, extracted as articles,
 * indexed, found already known, rejected and failed, with the reasons.
 *
 * @param outcomes pages by outcome
 * @param reasons rejections and failures by reason
 * @param problems the first rejected or failed pages, each with its reason
 */
public record SourceReport(
    String source,
    int pages,
    int fetched,
    int extracted,
    Map<PageOutcome, Integer> outcomes,
    Map<String, Integer> reasons,
    List<PageProblem> problems) {
  public SourceReport {
    outcomes = Map.copyOf(outcomes);
    reasons = Map.copyOf(reasons);
    problems = List.copyOf(problems);
  }

  /** How many pages had {@code outcome}. */
  public int count(PageOutcome outcome) {
    return outcomes.getOrDefault(outcome, 0);
  }
}
