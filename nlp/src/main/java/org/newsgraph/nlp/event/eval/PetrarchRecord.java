package org.newsgraph.nlp.event.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One PETRARCH unit-test record: a sentence, the coder mechanic it tests and how it is coded.
 *
 * @param category   the mechanic the record tests, as the file names it ({@code COMPOUND}, ...)
 * @param date       the story date the dictionaries' date restrictions apply to, or {@code null}
 * @param codings    the gold events; empty when the sentence must give none
 * @param discarded  whether a discard list rejects the sentence or its story (its gold is empty)
 * @param inputError whether the record tests the coder's checks of its input (a broken parse, a
 *                   dateline), which says nothing of what the text states
 */
public record PetrarchRecord(
    String id, String category, LocalDate date, String text, List<Coding> codings, boolean discarded,
    boolean inputError) {

  /** One gold event: CAMEO actor codes ("ARN", "GONGOV") and the CAMEO event code. */
  public record Coding(String source, String target, String event) {
    public Coding {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(event, "event");
    }
  }

  public PetrarchRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    category = category == null ? "" : category;
    codings = List.copyOf(codings);
  }
}
