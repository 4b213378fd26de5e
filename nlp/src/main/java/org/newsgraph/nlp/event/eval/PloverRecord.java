package org.newsgraph.nlp.event.eval;

import java.util.Set;

/**
 * One gold-standard PLOVER record: a sentence and how it is coded.
 *
 * @param category the PLOVER category (AGREE, CONSULT, ...)
 * @param source   the source actors' country codes (ISO 3166 alpha-3, or IGO, NGO, ...)
 * @param target   the target actors' country codes; empty when the record has none
 */
public record PloverRecord(String id, String text, String category, Set<String> source, Set<String> target) {
  public PloverRecord {
    source = Set.copyOf(source);
    target = Set.copyOf(target);
  }
}
