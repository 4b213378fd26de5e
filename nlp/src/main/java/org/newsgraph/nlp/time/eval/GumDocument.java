package org.newsgraph.nlp.time.eval;

import java.time.LocalDate;
import java.util.List;

/** A GUM news document: its rebuilt text, its creation date and its annotated dates. */
public record GumDocument(String id, LocalDate created, String text, List<GoldDate> dates) {
  public GumDocument {
    dates = List.copyOf(dates);
  }
}
