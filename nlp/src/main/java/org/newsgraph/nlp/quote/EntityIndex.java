package org.newsgraph.nlp.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newsgraph.core.Entity;
import org.newsgraph.core.EntityType;
import org.newsgraph.core.Mention;

/** Finds the entity a stretch of text refers to, by its mentions or else by its last name. */
final class EntityIndex {

  private record Located(Mention mention, Entity entity) {}

  private final List<Located> mentions = new ArrayList<>();
  private final List<Entity> entities;

  EntityIndex(List<Entity> entities) {
    this.entities = List.copyOf(entities);
    for (Entity entity : entities) {
      for (Mention mention : entity.mentions()) {
        mentions.add(new Located(mention, entity));
      }
    }
    mentions.sort(Comparator.comparingInt(l -> l.mention().start()));
  }

  /** The entity with the mention that overlaps {@code [start, end)} most, or {@code null}. */
  Entity at(int start, int end) {
    Entity best = null;
    int bestOverlap = 0;
    for (Located located : mentions) {
      Mention m = located.mention();
      if (m.start() >= end) {
        break;
      }
      int overlap = Math.min(end, m.end()) - Math.max(start, m.start());
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = located.entity();
      }
    }
    return best;
  }

  /**
   * The one person or organisation whose name ends with the same word as {@code name} ("Mr
   * Chun" and "Chun Yungwoo"), or {@code null} when none or several do.
   */
  Entity named(String name) {
    String last = lastWord(name);
    if (last.isEmpty()) {
      return null;
    }
    Entity found = null;
    for (Entity entity : entities) {
      if ((entity.type() == EntityType.PERSON || entity.type() == EntityType.ORGANIZATION)
          && lastWord(entity.name()).equals(last)) {
        if (found != null) {
          return null;
        }
        found = entity;
      }
    }
    return found;
  }

  /** All mentions of all entities, in text order. */
  List<Mention> mentionsOf(EntityType type) {
    List<Mention> out = new ArrayList<>();
    for (Located located : mentions) {
      if (located.entity().type() == type) {
        out.add(located.mention());
      }
    }
    return out;
  }

  private static String lastWord(String name) {
    String[] words = name.strip().toLowerCase(Locale.ROOT).split("\\s+");
    return words.length == 0 ? "" : words[words.length - 1].replaceAll("[^\\p{L}\\p{N}-]", "");
  }
}
