package org.newsgraph.nlp.event.eval;

/**
 * The outcome of an ECB+ evaluation. Triggers: gold action mentions and predicted event triggers
 * in the annotated sentences, and how many matched. Attachments, on matched events only: how
 * many times, places and participants the reader attached, and how many of those fall on a gold
 * time, location or human-participant mention of the same sentence.
 */
public record EcbScore(
    int documents,
    int gold,
    int predicted,
    int matched,
    Attachment time,
    Attachment place,
    Attachment participants,
    double seconds) {

  /** Attachments made, and how many land on a gold mention of the right class. */
  public record Attachment(int attached, int right) {
    public double accuracy() {
      return attached == 0 ? 0 : (double) right / attached;
    }

    Attachment plus(boolean isRight) {
      return new Attachment(attached + 1, right + (isRight ? 1 : 0));
    }
  }

  public double precision() {
    return predicted == 0 ? 0 : (double) matched / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) matched / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
