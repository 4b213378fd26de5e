package org.newsgraph.nlp.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.EntityType;

/**
 * Finds news media named by their country ("North Korean state media", "Chinese state
 * television", "Iranian media"): organisations that speak in news although they have no name.
 * Each becomes an organisation whose mention is that description. Immutable.
 */
final class MediaFinder {

  private static final Set<String> QUALIFIERS =
      Set.of("state", "state-run", "state-owned", "official", "government", "national", "local");

  private final OrganisationWords organisations;

  MediaFinder(OrganisationWords organisations) {
    this.organisations = organisations;
  }

  /** Adds to {@code drafts} one organisation for each distinct media description. */
  void find(TokenView doc, List<EntityDraft> drafts, NameIndex names) {
    Map<String, EntityDraft> byName = new HashMap<>();
    for (int i = 0; i < doc.size(); i++) {
      EntityType type = names.type(i);
      if (type != EntityType.NORP && type != EntityType.LOCATION
          || i + 1 < doc.size() && names.owner(i + 1) == names.owner(i)) {
        continue;
      }
      int from = i;
      while (from > 0 && names.owner(from - 1) == names.owner(i)) {
        from--;
      }
      int k = i + 1;
      int sentenceEnd = doc.sentenceEnd(i);
      if (k < sentenceEnd && doc.pos(k).equals("POS")) {
        k++;
      }
      while (k < sentenceEnd && (QUALIFIERS.contains(doc.lower(k)) || doc.joiningHyphen(k)
          || k > i + 1 && doc.joiningHyphen(k - 1))) {
        k++;
      }
      if (k >= sentenceEnd || !organisations.isMediaNoun(doc.lower(k))
          || !doc.pos(k).startsWith("NN")) {
        continue;
      }
      String phrase = doc.phrase(from, k + 1);
      EntityDraft draft = byName.computeIfAbsent(phrase.toLowerCase(Locale.ROOT), key -> {
        EntityDraft created = new EntityDraft(EntityType.ORGANIZATION);
        drafts.add(created);
        return created;
      });
      draft.add(new Reference(MentionKind.DESCRIPTION, from, from, k + 1));
      draft.offerName(phrase, k + 1 - from);
    }
  }
}
