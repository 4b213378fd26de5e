package org.newsgraph.nlp.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * General knowledge about organisation names: the words that end them ("Ministry", "Corp") and
 * what kind of body each marks, and the nouns by which news refers to media ("state media").
 * Immutable.
 */
final class OrganisationWords {

  /** What an organisation's last word says it is. */
  enum Kind {
    BODY,
    COMPANY,
    MEDIA
  }

  private static final Set<String> MEDIA_NOUNS =
      Set.of("media", "television", "TV", "radio", "press", "broadcaster", "newspaper");

  private final Map<String, Kind> heads;

  private OrganisationWords(Map<String, Kind> heads) {
    this.heads = Map.copyOf(heads);
  }

  /** The words from the list on the class path. */
  static OrganisationWords load() {
    Map<String, Kind> heads = new HashMap<>();
    for (List<String> row : WordLists.own("organisation-words.tsv")) {
      heads.put(row.get(0), Kind.valueOf(row.get(1)));
    }
    return new OrganisationWords(heads);
  }

  /** The kind of organisation a name ending in {@code word} is, or null when it says none. */
  Kind headKind(String word) {
    return heads.get(word);
  }

  /** Whether {@code word} refers to news media ("media", "television"). */
  boolean isMediaNoun(String word) {
    return MEDIA_NOUNS.contains(word);
  }
}
