package org.newsgraph.nlp.time.eval;

/**
 * Counts for the TempEval-3 time-expression measures (UzZaman et al. 2013): spans matched relaxed
 * (any overlap) and strict (same extent), and of the relaxed matches those with the same type and
 * the same value. Type and value F1 are the relaxed F1 times the type or value accuracy over the
 * relaxed matches.
 *
 * @param gold gold expressions
 * @param predicted predicted expressions
 * @param relaxed one-to-one pairs of a gold and a predicted expression that overlap
 * @param strict pairs with the same extent
 * @param sameType relaxed pairs with the same type
 * @param sameValue relaxed pairs with the same value
 */
public record TimexScore(
    int gold, int predicted, int relaxed, int strict, int sameType, int sameValue) {

  /** No expressions at all. */
  public static final TimexScore EMPTY = new TimexScore(0, 0, 0, 0, 0, 0);

  /** The sum of two scores' counts. */
  public TimexScore plus(TimexScore o) {
    return new TimexScore(
        gold + o.gold,
        predicted + o.predicted,
        relaxed + o.relaxed,
        strict + o.strict,
        sameType + o.sameType,
        sameValue + o.sameValue);
  }

  public double relaxedPrecision() {
    return ratio(relaxed, predicted);
  }

  public double relaxedRecall() {
    return ratio(relaxed, gold);
  }

  public double relaxedF1() {
    return f1(relaxedPrecision(), relaxedRecall());
  }

  public double strictPrecision() {
    return ratio(strict, predicted);
  }

  public double strictRecall() {
    return ratio(strict, gold);
  }

  public double strictF1() {
    return f1(strictPrecision(), strictRecall());
  }

  public double typeAccuracy() {
    return ratio(sameType, relaxed);
  }

  public double typeF1() {
    return relaxedF1() * typeAccuracy();
  }

  public double valueAccuracy() {
    return ratio(sameValue, relaxed);
  }

  public double valueF1() {
    return relaxedF1() * valueAccuracy();
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
