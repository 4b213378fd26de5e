package org.newsgraph.nlp.quote.eval;

import java.util.List;

/**
 * Counts predicted quotation spans against marked ones: a marked quotation is found when a
 * predicted span overlaps it, and a predicted span is right when it overlaps a marked one.
 * Precision counts only documents that mark at least one quotation (some GUM documents mark
 * none although they quote). Predicted spans that fall on scare quotes are counted apart.
 * Mutable; not for concurrent use.
 */
public final class QuoteSpanTally {

  private int gold;
  private int goldFound;
  private int predicted;
  private int predictedRight;
  private int predictedOnScareQuotes;

  /** Adds one document's marked quotations, scare quotes and predicted spans. */
  public void add(List<Span> quotes, List<Span> scareQuotes, List<Span> predictedSpans) {
    gold += quotes.size();
    for (Span q : quotes) {
      goldFound += Span.anyOverlap(List.of(q), predictedSpans) ? 1 : 0;
    }
    if (quotes.isEmpty()) {
      return;
    }
    predicted += predictedSpans.size();
    for (Span p : predictedSpans) {
      if (Span.anyOverlap(List.of(p), quotes)) {
        predictedRight++;
      } else if (Span.anyOverlap(List.of(p), scareQuotes)) {
        predictedOnScareQuotes++;
      }
    }
  }

  public int gold() {
    return gold;
  }

  public int predicted() {
    return predicted;
  }

  /** Predicted spans that fall on a scare quote rather than a quotation. */
  public int predictedOnScareQuotes() {
    return predictedOnScareQuotes;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) goldFound / gold;
  }

  public double precision() {
    return predicted == 0 ? 0 : (double) predictedRight / predicted;
  }
}
