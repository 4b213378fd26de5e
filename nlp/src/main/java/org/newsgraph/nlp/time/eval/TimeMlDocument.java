package org.newsgraph.nlp.time.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * A TimeML document reduced to what time evaluation needs: the plain text of its {@code TEXT}
 * element (tags stripped, entities decoded), its creation date, and its TIMEX3 annotations placed
 * in that text. The creation-time TIMEX3 itself is not among them.
 *
 * @param id the file's path relative to the corpus folder, with {@code /} separators
 * @param subset the corpus subfolder the file is in ({@code TimeBank}, {@code AQUAINT}), or ""
 */
public record TimeMlDocument(
    String id, String subset, LocalDate creationDate, String text, List<GoldTimex> timexes) {
  public TimeMlDocument {
    timexes = List.copyOf(timexes);
  }
}
